import settings from './settings';

export default {
  type: 'admin' as const,
  routes: [...settings],
};
