import { OCCURRENCE_ROUTES } from '../../../../core/contracts/occurrences';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [{ method: 'GET', path: OCCURRENCE_ROUTES.admin, handler: 'occurrences.adminFind', config: requires(ACTIONS.read) }];
