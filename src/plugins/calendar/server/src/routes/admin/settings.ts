import { REFERENCE_ROUTES } from '../../../../core/contracts/reference';
import { SETTINGS_ROUTES } from '../../../../core/contracts/settings';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [
  { method: 'GET', path: SETTINGS_ROUTES.show, handler: 'settings.show', config: requires(ACTIONS.read) },
  { method: 'GET', path: REFERENCE_ROUTES.reference, handler: 'settings.reference', config: requires(ACTIONS.read) },
];
