import { COVERAGE_ROUTES } from '../../../../core/contracts/coverage';
import { KPI_ROUTES } from '../../../../core/contracts/kpis';
import { QUARTERLY_GRID_ROUTES } from '../../../../core/contracts/quarterly-grid';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

/** Planning insight: the quarterly grid, coverage and KPIs. */
export default [
  { method: 'GET', path: QUARTERLY_GRID_ROUTES.grid, handler: 'quarterly-grid.grid', config: requires(ACTIONS.read) },
  { method: 'PUT', path: QUARTERLY_GRID_ROUTES.saveCell, handler: 'quarterly-grid.saveCell', config: requires(ACTIONS.plan) },
  { method: 'GET', path: QUARTERLY_GRID_ROUTES.export, handler: 'quarterly-grid.exportPlan', config: requires(ACTIONS.read) },
  { method: 'GET', path: COVERAGE_ROUTES.report, handler: 'coverage.report', config: requires(ACTIONS.read) },
  { method: 'GET', path: KPI_ROUTES.report, handler: 'kpis.report', config: requires(ACTIONS.read) },
  { method: 'POST', path: KPI_ROUTES.recordByHand, handler: 'kpis.recordByHand', config: requires(ACTIONS.plan) },
];
