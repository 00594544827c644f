import { CHAT_HOOK_ROUTES } from '../../../../core/contracts/chat-hooks';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

// A hook posts the team's work to a channel outside Strapi: managing hooks is a settings matter.
export default [
  { method: 'GET', path: CHAT_HOOK_ROUTES.list, handler: 'chat-hooks.list', config: requires(ACTIONS.settings) },
  { method: 'POST', path: CHAT_HOOK_ROUTES.create, handler: 'chat-hooks.create', config: requires(ACTIONS.settings) },
  { method: 'PUT', path: CHAT_HOOK_ROUTES.update, handler: 'chat-hooks.update', config: requires(ACTIONS.settings) },
  { method: 'DELETE', path: CHAT_HOOK_ROUTES.remove, handler: 'chat-hooks.remove', config: requires(ACTIONS.settings) },
  { method: 'POST', path: CHAT_HOOK_ROUTES.test, handler: 'chat-hooks.test', config: requires(ACTIONS.settings) },
  { method: 'GET', path: CHAT_HOOK_ROUTES.deliveries, handler: 'chat-hooks.deliveries', config: requires(ACTIONS.settings) },
];
