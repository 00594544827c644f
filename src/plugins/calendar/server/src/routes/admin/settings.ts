import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [
  { method: 'GET', path: '/settings', handler: 'settings.show', config: requires(ACTIONS.read) },
  { method: 'GET', path: '/reference', handler: 'settings.reference', config: requires(ACTIONS.read) },
];
