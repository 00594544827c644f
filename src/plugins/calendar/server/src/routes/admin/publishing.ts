import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [
  { method: 'POST', path: '/pieces/:documentId/publish-now', handler: 'publishing.publishNow', config: requires(ACTIONS.publish) },
  { method: 'POST', path: '/pieces/:documentId/unschedule', handler: 'publishing.unschedule', config: requires(ACTIONS.publish) },
  { method: 'GET', path: '/publish-log', handler: 'publishing.log', config: requires(ACTIONS.publish) },
];
