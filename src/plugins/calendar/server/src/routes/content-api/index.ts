export default {
  type: 'content-api' as const,
  routes: [] as unknown[],
};
