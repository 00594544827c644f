import { SEASONS_ROUTES } from '../../../../core/contracts/seasons';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

// Holidays and flag days are reference data: whoever may read the calendar sees them.
export default [{ method: 'GET', path: SEASONS_ROUTES.list, handler: 'seasons.list', config: requires(ACTIONS.read) }];
