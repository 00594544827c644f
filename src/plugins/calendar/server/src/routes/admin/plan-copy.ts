import { PLAN_COPY_ROUTES } from '../../../../core/contracts/plan-copy';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

// Both need plan: the preview is the first half of a plan write. Nothing is approved or published,
// so the publish right is never needed.
export default [
  { method: 'POST', path: PLAN_COPY_ROUTES.preview, handler: 'plan-copy.preview', config: requires(ACTIONS.plan) },
  { method: 'POST', path: PLAN_COPY_ROUTES.apply, handler: 'plan-copy.apply', config: requires(ACTIONS.plan) },
];
