import { TRANSLATION_ROUTES } from '../../../../core/contracts/translations';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [
  { method: 'GET', path: TRANSLATION_ROUTES.missing, handler: 'translations.missing', config: requires(ACTIONS.read) },
  { method: 'POST', path: TRANSLATION_ROUTES.create, handler: 'translations.create', config: requires(ACTIONS.plan) },
];
