import feedTokens from './feed-tokens';
import ics from './ics';
import occurrences from './occurrences';
import planning from './planning';
import publishing from './publishing';
import settings from './settings';

export default { 'feed-tokens': feedTokens, ics, occurrences, planning, publishing, settings };
