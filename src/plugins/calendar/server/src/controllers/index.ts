import feedTokens from './feed-tokens';
import ics from './ics';
import occurrences from './occurrences';
import publishing from './publishing';
import settings from './settings';

export default { 'feed-tokens': feedTokens, ics, occurrences, publishing, settings };
