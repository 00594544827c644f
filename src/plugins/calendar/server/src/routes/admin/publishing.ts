import { PUBLISHING_ROUTES } from '../../../../core/contracts/publishing';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [
  { method: 'POST', path: PUBLISHING_ROUTES.publishNow, handler: 'manual-publishing.publishNow', config: requires(ACTIONS.publish) },
  { method: 'POST', path: PUBLISHING_ROUTES.unschedule, handler: 'manual-publishing.unschedule', config: requires(ACTIONS.publish) },
  { method: 'GET', path: PUBLISHING_ROUTES.log, handler: 'publish-log.find', config: requires(ACTIONS.publish) },
];
