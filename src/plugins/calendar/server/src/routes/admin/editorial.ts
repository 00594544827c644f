import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [
  { method: 'GET', path: '/my-work', handler: 'editorial.myWork', config: requires(ACTIONS.read) },
  { method: 'GET', path: '/assignees', handler: 'editorial.assignees', config: requires(ACTIONS.read) },
  { method: 'GET', path: '/team-board', handler: 'editorial.board', config: requires(ACTIONS.read) },
  { method: 'GET', path: '/pieces/:documentId/activity', handler: 'editorial.activity', config: requires(ACTIONS.read) },
  { method: 'PUT', path: '/pieces/:documentId/workflow', handler: 'editorial.move', config: requires(ACTIONS.plan) },
  { method: 'POST', path: '/notifications/digest', handler: 'notifications.digest', config: requires(ACTIONS.settings) },
];
