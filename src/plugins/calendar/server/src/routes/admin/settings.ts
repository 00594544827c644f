import { ACTIONS } from '../../constants';

export default [
  {
    method: 'GET',
    path: '/settings',
    handler: 'settings.show',
    config: {
      policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [ACTIONS.read] } }],
    },
  },
];
