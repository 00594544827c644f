import community from './community';
import editorial from './editorial';
import feedTokens from './feed-tokens';
import occurrences from './occurrences';
import plan from './plan';
import planning from './planning';
import publishing from './publishing';
import settings from './settings';

export default {
  type: 'admin' as const,
  routes: [...settings, ...occurrences, ...feedTokens, ...planning, ...publishing, ...editorial, ...community, ...plan],
};
