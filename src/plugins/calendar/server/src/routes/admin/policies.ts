import { ACTIONS } from '../../constants';

/** Admin route policies: a signed-in admin holding one of the plugin's actions. */
export const requires = (action: (typeof ACTIONS)[keyof typeof ACTIONS]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});
