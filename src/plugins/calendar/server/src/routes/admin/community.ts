import { COMMUNITY_ROUTES } from '../../../../core/contracts/community';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [
  { method: 'GET', path: COMMUNITY_ROUTES.tasks, handler: 'community.tasks', config: requires(ACTIONS.community) },
  { method: 'GET', path: COMMUNITY_ROUTES.agenda, handler: 'community.agenda', config: requires(ACTIONS.community) },
  { method: 'POST', path: COMMUNITY_ROUTES.log, handler: 'community.log', config: requires(ACTIONS.community) },
  { method: 'DELETE', path: COMMUNITY_ROUTES.unlog, handler: 'community.unlog', config: requires(ACTIONS.community) },
  { method: 'GET', path: COMMUNITY_ROUTES.report, handler: 'community.report', config: requires(ACTIONS.community) },
];
