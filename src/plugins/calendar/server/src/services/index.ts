import contentGuard from './content-guard';
import contentManagerLayout from './content-manager-layout';
import feedCache from './feed-cache';
import feedTokens from './feed-tokens';
import icsFeed from './ics-feed';
import occurrences from './occurrences';
import pieceRepository from './piece-repository';
import planning from './planning';
import publicAccess from './public-access';
import scheduler from './scheduler';
import settings from './settings';

export default {
  'content-guard': contentGuard,
  'content-manager-layout': contentManagerLayout,
  'feed-cache': feedCache,
  'feed-tokens': feedTokens,
  'ics-feed': icsFeed,
  occurrences,
  'piece-repository': pieceRepository,
  planning,
  'public-access': publicAccess,
  scheduler,
  settings,
};
