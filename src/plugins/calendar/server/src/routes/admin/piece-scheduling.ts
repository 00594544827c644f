import { PIECE_SCHEDULING_ROUTES } from '../../../../core/contracts/piece-scheduling';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [
  { method: 'POST', path: PIECE_SCHEDULING_ROUTES.quickCreate, handler: 'piece-scheduling.quickCreate', config: requires(ACTIONS.plan) },
  { method: 'PUT', path: PIECE_SCHEDULING_ROUTES.schedule, handler: 'piece-scheduling.schedule', config: requires(ACTIONS.plan) },
  {
    method: 'POST',
    path: PIECE_SCHEDULING_ROUTES.detachOccurrence,
    handler: 'piece-scheduling.detachOccurrence',
    config: requires(ACTIONS.plan),
  },
];
