/**
 * Strapi 5's content API answers `?status=draft` to anyone allowed to `find`, which would show
 * drafts to the Public role. Publishing sites get published content only; a full-access API
 * token (an integration that may also write drafts) keeps the choice.
 */
export default () => async (ctx: any, next: () => Promise<void>) => {
  const auth = ctx.state?.auth;
  const fullAccess = auth?.strategy?.name === 'api-token' && auth?.credentials?.type === 'full-access';
  if (!fullAccess && ctx.query && ctx.query.status !== undefined && ctx.query.status !== 'published') {
    ctx.query = { ...ctx.query, status: 'published' };
  }
  await next();
};
