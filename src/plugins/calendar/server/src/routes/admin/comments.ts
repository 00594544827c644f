import { COMMENT_ROUTES } from '../../../../core/contracts/comments';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

// Whoever may read the calendar takes part in the discussion; deleting is checked per comment.
export default [
  { method: 'GET', path: COMMENT_ROUTES.list, handler: 'comments.list', config: requires(ACTIONS.read) },
  { method: 'POST', path: COMMENT_ROUTES.create, handler: 'comments.create', config: requires(ACTIONS.read) },
  { method: 'DELETE', path: COMMENT_ROUTES.remove, handler: 'comments.remove', config: requires(ACTIONS.read) },
];
