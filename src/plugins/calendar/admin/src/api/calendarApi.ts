/**
 * The calendar's admin data layer on Strapi's RTK Query (`adminApi`): one cache for every view,
 * with tags per resource so a mutation refetches exactly the views it changes. Endpoints are
 * injected per resource in ./endpoints; pages import the hooks from ./index.
 */
import { adminApi } from '@strapi/strapi/admin';
import { CALENDAR_TAGS } from './query-helpers';

export { afterWrite, CALENDAR_TAGS, get, isConflict, send, unwrap, type CalendarError, type CalendarTag } from './query-helpers';

/**
 * Endpoint names are global to the admin's one API: RTK Query keeps the first of two with the
 * same name, so names say whose they are where a core plugin might use them (i18n has getSettings).
 */
export const calendarApi = adminApi.enhanceEndpoints({ addTagTypes: CALENDAR_TAGS });
