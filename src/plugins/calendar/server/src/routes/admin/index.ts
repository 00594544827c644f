import budget from './budget';
import capacity from './capacity';
import chatHooks from './chat-hooks';
import comments from './comments';
import community from './community';
import competitors from './competitors';
import editorial from './editorial';
import feedTokens from './feed-tokens';
import occurrences from './occurrences';
import piecePanel from './piece-panel';
import pieceScheduling from './piece-scheduling';
import planCopy from './plan-copy';
import publishing from './publishing';
import quarterlyGrid from './quarterly-grid';
import settings from './settings';
import shareLinks from './share-links';
import translations from './translations';
import seasons from './seasons';

export default {
  type: 'admin' as const,
  routes: [
    ...settings,
    ...occurrences,
    ...feedTokens,
    ...shareLinks,
    ...pieceScheduling,
    ...publishing,
    ...editorial,
    ...community,
    ...quarterlyGrid,
    ...piecePanel,
    ...comments,
    ...translations,
    ...chatHooks,
    ...competitors,
    ...budget,
    ...seasons,
    ...planCopy,
    ...capacity,
  ],
};
