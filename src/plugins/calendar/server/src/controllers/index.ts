import community from './community';
import editorial from './editorial';
import feedTokens from './feed-tokens';
import ics from './ics';
import notifications from './notifications';
import occurrences from './occurrences';
import plan from './plan';
import planning from './planning';
import publishing from './publishing';
import settings from './settings';

export default { community, editorial, 'feed-tokens': feedTokens, ics, notifications, occurrences, plan, planning, publishing, settings };
