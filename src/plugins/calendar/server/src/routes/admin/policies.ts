import { ACTIONS } from '../../constants';

type Action = (typeof ACTIONS)[keyof typeof ACTIONS];

/** Admin route policies: a signed-in admin holding the plugin's action (every one of them, when several). */
export const requires = (action: Action, ...more: Action[]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action, ...more] } }],
});
