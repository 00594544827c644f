import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [
  { method: 'GET', path: '/feed-tokens', handler: 'feed-tokens.list', config: requires(ACTIONS.read) },
  { method: 'POST', path: '/feed-tokens', handler: 'feed-tokens.create', config: requires(ACTIONS.read) },
  { method: 'DELETE', path: '/feed-tokens/:id', handler: 'feed-tokens.revoke', config: requires(ACTIONS.read) },
];
