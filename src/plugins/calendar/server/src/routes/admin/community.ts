import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [
  { method: 'GET', path: '/community/tasks', handler: 'community.tasks', config: requires(ACTIONS.community) },
  { method: 'GET', path: '/community/agenda', handler: 'community.agenda', config: requires(ACTIONS.community) },
  { method: 'POST', path: '/community/logs', handler: 'community.log', config: requires(ACTIONS.community) },
  { method: 'DELETE', path: '/community/logs/:id', handler: 'community.unlog', config: requires(ACTIONS.community) },
  { method: 'GET', path: '/community/report', handler: 'community.report', config: requires(ACTIONS.community) },
];
