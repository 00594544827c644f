import budget from './budget';
import capacity from './capacity';
import calendarReaders from './calendar-readers';
import chatHooks from './chat-hooks';
import chatNotifications from './chat-notifications';
import comments from './comments';
import community from './community';
import competitorObservations from './competitor-observations';
import competitors from './competitors';
import contentGuard from './content-guard';
import contentManagerLayout from './content-manager-layout';
import coverageReport from './coverage-report';
import editorial from './editorial';
import feedCache from './feed-cache';
import feedTokens from './feed-tokens';
import fieldLabels from './field-labels';
import icsFeed from './ics-feed';
import kpiReport from './kpi-report';
import languages from './languages';
import mirroredVersions from './mirrored-versions';
import myWork from './my-work';
import notifications from './notifications';
import occurrences from './occurrences';
import occurrenceIndex from './occurrence-index';
import piecePanel from './piece-panel';
import pieceRepository from './piece-repository';
import pieceScheduling from './piece-scheduling';
import pieceVersions from './piece-versions';
import planCopy from './plan-copy';
import publicAccess from './public-access';
import quarterlyGrid from './quarterly-grid';
import scheduler from './scheduler';
import settings from './settings';
import sharedLinks from './shared-links';
import shareLinks from './share-links';
import sharePage from './share-page';
import translations from './translations';
import seasons from './seasons';
import workflowGuard from './workflow-guard';
import workload from './workload';

export default {
  budget,
  capacity,
  'calendar-readers': calendarReaders,
  'chat-hooks': chatHooks,
  'chat-notifications': chatNotifications,
  comments,
  community,
  'competitor-observations': competitorObservations,
  competitors,
  'content-guard': contentGuard,
  'content-manager-layout': contentManagerLayout,
  'coverage-report': coverageReport,
  editorial,
  'feed-cache': feedCache,
  'feed-tokens': feedTokens,
  'field-labels': fieldLabels,
  'ics-feed': icsFeed,
  'kpi-report': kpiReport,
  languages,
  'mirrored-versions': mirroredVersions,
  'my-work': myWork,
  notifications,
  occurrences,
  'occurrence-index': occurrenceIndex,
  'piece-panel': piecePanel,
  'piece-repository': pieceRepository,
  'piece-scheduling': pieceScheduling,
  'piece-versions': pieceVersions,
  'plan-copy': planCopy,
  'public-access': publicAccess,
  'quarterly-grid': quarterlyGrid,
  scheduler,
  settings,
  'shared-links': sharedLinks,
  'share-links': shareLinks,
  'share-page': sharePage,
  translations,
  seasons,
  'workflow-guard': workflowGuard,
  workload,
};
