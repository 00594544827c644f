import { CAPACITY_ROUTES } from '../../../../core/contracts/capacity';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

// Reading needs read; capacities are set by planners; absences are one's own (read) or anyone's
// with plan, which the service checks (403 otherwise).
export default [
  { method: 'GET', path: CAPACITY_ROUTES.capacities, handler: 'capacity.capacities', config: requires(ACTIONS.read) },
  { method: 'PUT', path: CAPACITY_ROUTES.capacity, handler: 'capacity.setCapacity', config: requires(ACTIONS.plan) },
  { method: 'GET', path: CAPACITY_ROUTES.absences, handler: 'capacity.absences', config: requires(ACTIONS.read) },
  { method: 'POST', path: CAPACITY_ROUTES.absences, handler: 'capacity.createAbsence', config: requires(ACTIONS.read) },
  { method: 'PUT', path: CAPACITY_ROUTES.absence, handler: 'capacity.updateAbsence', config: requires(ACTIONS.read) },
  { method: 'DELETE', path: CAPACITY_ROUTES.absence, handler: 'capacity.removeAbsence', config: requires(ACTIONS.read) },
  { method: 'GET', path: CAPACITY_ROUTES.check, handler: 'capacity.check', config: requires(ACTIONS.read) },
  { method: 'GET', path: CAPACITY_ROUTES.workload, handler: 'capacity.workload', config: requires(ACTIONS.read) },
];
