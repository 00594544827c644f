/** GET /calendar/settings: what the admin views need to know about this installation. */
import { adminPath } from './routing';

export interface Settings {
  defaultTimeZone: string;
  publicRead: boolean;
}

export const SETTINGS_ROUTES = { show: '/settings' } as const;
export const settingsPaths = { show: () => adminPath(SETTINGS_ROUTES.show) };
