export default {
  type: 'content-api' as const,
  routes: [
    // Permission `plugin::calendar.occurrences.find`: grant it to Public or an API token.
    { method: 'GET', path: '/occurrences', handler: 'occurrences.find' },
    // Calendar apps cannot send headers: the feed token in the URL is checked by the controller.
    { method: 'GET', path: '/ics', handler: 'ics.feed', config: { auth: false } },
    // Permission `plugin::calendar.plan.recordFromIntegration`: give it to an integration's API
    // token (custom type) or use a full-access token; the Public role never gets it.
    { method: 'POST', path: '/kpi-results', handler: 'plan.recordFromIntegration' },
  ],
};
