import { BUDGET_ROUTES } from '../../../../core/contracts/budget';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

/** The budget: reading needs budget.read; every write needs budget.edit and budget.read (its answer shows amounts). */
export default [
  { method: 'GET', path: BUDGET_ROUTES.list, handler: 'budget.list', config: requires(ACTIONS.budgetRead) },
  { method: 'GET', path: BUDGET_ROUTES.report, handler: 'budget.report', config: requires(ACTIONS.budgetRead) },
  { method: 'GET', path: BUDGET_ROUTES.export, handler: 'budget.exportReport', config: requires(ACTIONS.budgetRead) },
  { method: 'GET', path: BUDGET_ROUTES.themeUse, handler: 'budget.themeUse', config: requires(ACTIONS.budgetRead) },
  { method: 'POST', path: BUDGET_ROUTES.lines, handler: 'budget.createLine', config: requires(ACTIONS.budgetEdit, ACTIONS.budgetRead) },
  { method: 'PUT', path: BUDGET_ROUTES.line, handler: 'budget.updateLine', config: requires(ACTIONS.budgetEdit, ACTIONS.budgetRead) },
  { method: 'DELETE', path: BUDGET_ROUTES.line, handler: 'budget.deleteLine', config: requires(ACTIONS.budgetEdit, ACTIONS.budgetRead) },
  { method: 'POST', path: BUDGET_ROUTES.entries, handler: 'budget.createEntry', config: requires(ACTIONS.budgetEdit, ACTIONS.budgetRead) },
  { method: 'PUT', path: BUDGET_ROUTES.entry, handler: 'budget.updateEntry', config: requires(ACTIONS.budgetEdit, ACTIONS.budgetRead) },
  { method: 'DELETE', path: BUDGET_ROUTES.entry, handler: 'budget.deleteEntry', config: requires(ACTIONS.budgetEdit, ACTIONS.budgetRead) },
];
