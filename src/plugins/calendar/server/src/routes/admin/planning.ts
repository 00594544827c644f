import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [
  { method: 'POST', path: '/pieces', handler: 'planning.quickCreate', config: requires(ACTIONS.plan) },
  { method: 'PUT', path: '/pieces/:documentId/schedule', handler: 'planning.schedule', config: requires(ACTIONS.plan) },
  { method: 'POST', path: '/pieces/:documentId/detach-occurrence', handler: 'planning.detachOccurrence', config: requires(ACTIONS.plan) },
];
