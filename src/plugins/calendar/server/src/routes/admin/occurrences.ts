import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [{ method: 'GET', path: '/occurrences', handler: 'occurrences.adminFind', config: requires(ACTIONS.read) }];
