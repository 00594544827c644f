import { FEED_TOKEN_ROUTES } from '../../../../core/contracts/feed-tokens';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [
  { method: 'GET', path: FEED_TOKEN_ROUTES.list, handler: 'feed-tokens.list', config: requires(ACTIONS.read) },
  { method: 'POST', path: FEED_TOKEN_ROUTES.create, handler: 'feed-tokens.create', config: requires(ACTIONS.read) },
  { method: 'DELETE', path: FEED_TOKEN_ROUTES.revoke, handler: 'feed-tokens.revoke', config: requires(ACTIONS.read) },
];
