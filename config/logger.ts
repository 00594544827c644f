/** LOG_LEVEL=warn keeps test output readable; the default shows everything, as Strapi does. */
export default ({ env }: { env: any }) => ({
  level: env('LOG_LEVEL', 'silly'),
});
