import { COMPETITOR_ROUTES } from '../../../../core/contracts/competitors';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

// Competitors are part of the plan: anyone who reads the calendar sees them, planners keep them.
// The wheel's route comes before `/competitors/:id` (only PUT and DELETE take an id).
export default [
  { method: 'GET', path: COMPETITOR_ROUTES.list, handler: 'competitors.list', config: requires(ACTIONS.read) },
  { method: 'GET', path: COMPETITOR_ROUTES.wheel, handler: 'competitors.wheel', config: requires(ACTIONS.read) },
  { method: 'POST', path: COMPETITOR_ROUTES.create, handler: 'competitors.create', config: requires(ACTIONS.plan) },
  { method: 'PUT', path: COMPETITOR_ROUTES.update, handler: 'competitors.update', config: requires(ACTIONS.plan) },
  { method: 'DELETE', path: COMPETITOR_ROUTES.remove, handler: 'competitors.remove', config: requires(ACTIONS.plan) },
  { method: 'GET', path: COMPETITOR_ROUTES.observations, handler: 'competitors.observations', config: requires(ACTIONS.read) },
  { method: 'POST', path: COMPETITOR_ROUTES.createObservation, handler: 'competitors.createObservation', config: requires(ACTIONS.plan) },
  { method: 'PUT', path: COMPETITOR_ROUTES.updateObservation, handler: 'competitors.updateObservation', config: requires(ACTIONS.plan) },
  { method: 'DELETE', path: COMPETITOR_ROUTES.removeObservation, handler: 'competitors.removeObservation', config: requires(ACTIONS.plan) },
];
