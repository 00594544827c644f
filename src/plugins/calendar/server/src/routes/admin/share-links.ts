import { SHARE_LINK_ROUTES } from '../../../../core/contracts/share-links';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

// Reading the list needs read; making, revoking and deleting links needs plan (any link, anyone's).
export default [
  { method: 'GET', path: SHARE_LINK_ROUTES.list, handler: 'share-links.list', config: requires(ACTIONS.read) },
  { method: 'POST', path: SHARE_LINK_ROUTES.create, handler: 'share-links.create', config: requires(ACTIONS.plan) },
  { method: 'POST', path: SHARE_LINK_ROUTES.revoke, handler: 'share-links.revoke', config: requires(ACTIONS.plan) },
  { method: 'DELETE', path: SHARE_LINK_ROUTES.remove, handler: 'share-links.remove', config: requires(ACTIONS.plan) },
];
