import budget from './budget';
import capacity from './capacity';
import chatHooks from './chat-hooks';
import comments from './comments';
import community from './community';
import competitors from './competitors';
import coverage from './coverage';
import editorial from './editorial';
import feedTokens from './feed-tokens';
import ics from './ics';
import kpis from './kpis';
import manualPublishing from './manual-publishing';
import notifications from './notifications';
import occurrences from './occurrences';
import piecePanel from './piece-panel';
import pieceScheduling from './piece-scheduling';
import planCopy from './plan-copy';
import publishLog from './publish-log';
import quarterlyGrid from './quarterly-grid';
import settings from './settings';
import shareLinks from './share-links';
import sharePage from './share-page';
import translations from './translations';
import seasons from './seasons';

export default {
  budget,
  capacity,
  'chat-hooks': chatHooks,
  comments,
  community,
  competitors,
  coverage,
  editorial,
  'feed-tokens': feedTokens,
  ics,
  kpis,
  'manual-publishing': manualPublishing,
  notifications,
  occurrences,
  'piece-panel': piecePanel,
  'piece-scheduling': pieceScheduling,
  'plan-copy': planCopy,
  'publish-log': publishLog,
  'quarterly-grid': quarterlyGrid,
  settings,
  'share-links': shareLinks,
  'share-page': sharePage,
  translations,
  seasons,
};
