import feedTokens from './feed-tokens';
import ics from './ics';
import occurrences from './occurrences';
import settings from './settings';

export default { 'feed-tokens': feedTokens, ics, occurrences, settings };
