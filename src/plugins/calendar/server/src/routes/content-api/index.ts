import { ICS_ROUTES } from '../../../../core/contracts/ics';
import { KPI_ROUTES } from '../../../../core/contracts/kpis';
import { OCCURRENCE_ROUTES } from '../../../../core/contracts/occurrences';
import { SHARE_PAGE_ROUTES } from '../../../../core/contracts/share-links';

export default {
  type: 'content-api' as const,
  routes: [
    // Permission `plugin::calendar.occurrences.find`: grant it to Public or an API token.
    { method: 'GET', path: OCCURRENCE_ROUTES.public, handler: 'occurrences.find' },
    // Calendar apps cannot send headers: the feed token in the URL is checked by the controller.
    { method: 'GET', path: ICS_ROUTES.feed, handler: 'ics.feed', config: { auth: false } },
    // A share link's read-only page (HTML): the token in the URL is the credential.
    { method: 'GET', path: SHARE_PAGE_ROUTES.page, handler: 'share-page.page', config: { auth: false } },
    // Permission `plugin::calendar.kpis.recordFromIntegration` (before: `plan.…`, migrated at boot):
    // give it to an integration's API token (custom type) or use a full-access token; the Public
    // role never gets it.
    { method: 'POST', path: KPI_ROUTES.recordFromIntegration, handler: 'kpis.recordFromIntegration' },
  ],
};
