import community from './community';
import contentGuard from './content-guard';
import contentManagerLayout from './content-manager-layout';
import editorial from './editorial';
import feedCache from './feed-cache';
import feedTokens from './feed-tokens';
import fieldLabels from './field-labels';
import icsFeed from './ics-feed';
import myWork from './my-work';
import notifications from './notifications';
import occurrences from './occurrences';
import pieceRepository from './piece-repository';
import plan from './plan';
import planning from './planning';
import publicAccess from './public-access';
import scheduler from './scheduler';
import settings from './settings';
import workflowGuard from './workflow-guard';

export default {
  community,
  'content-guard': contentGuard,
  'content-manager-layout': contentManagerLayout,
  editorial,
  'feed-cache': feedCache,
  'feed-tokens': feedTokens,
  'field-labels': fieldLabels,
  'ics-feed': icsFeed,
  'my-work': myWork,
  notifications,
  occurrences,
  'piece-repository': pieceRepository,
  plan,
  planning,
  'public-access': publicAccess,
  scheduler,
  settings,
  'workflow-guard': workflowGuard,
};
