import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [
  { method: 'GET', path: '/plan', handler: 'plan.grid', config: requires(ACTIONS.read) },
  { method: 'PUT', path: '/plan', handler: 'plan.saveCell', config: requires(ACTIONS.plan) },
  { method: 'GET', path: '/plan/export', handler: 'plan.exportPlan', config: requires(ACTIONS.read) },
  { method: 'GET', path: '/coverage', handler: 'plan.coverage', config: requires(ACTIONS.read) },
  { method: 'GET', path: '/kpis', handler: 'plan.kpis', config: requires(ACTIONS.read) },
  { method: 'POST', path: '/kpi-results', handler: 'plan.recordByHand', config: requires(ACTIONS.plan) },
];
