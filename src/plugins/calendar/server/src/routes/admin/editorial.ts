import { EDITORIAL_ROUTES } from '../../../../core/contracts/editorial';
import { NOTIFICATION_ROUTES } from '../../../../core/contracts/notifications';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [
  { method: 'GET', path: EDITORIAL_ROUTES.myWork, handler: 'editorial.myWork', config: requires(ACTIONS.read) },
  { method: 'GET', path: EDITORIAL_ROUTES.assignees, handler: 'editorial.assignees', config: requires(ACTIONS.read) },
  { method: 'GET', path: EDITORIAL_ROUTES.board, handler: 'editorial.board', config: requires(ACTIONS.read) },
  { method: 'GET', path: EDITORIAL_ROUTES.activity, handler: 'editorial.activity', config: requires(ACTIONS.read) },
  { method: 'PUT', path: EDITORIAL_ROUTES.move, handler: 'editorial.move', config: requires(ACTIONS.plan) },
  { method: 'POST', path: NOTIFICATION_ROUTES.digest, handler: 'notifications.digest', config: requires(ACTIONS.settings) },
];
