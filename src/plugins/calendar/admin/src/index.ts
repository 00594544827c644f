import { PluginIcon } from './components/PluginIcon';
import { registerCustomFields } from './custom-fields';
import { ACTIONS } from './permissions';
import { SchedulePanel } from './piece-page/SchedulePanel';
import { PLUGIN_ID } from './pluginId';

type TranslationModule = { default: Record<string, string> };

// Static loaders, so the bundler ships exactly the locales we translate.
const TRANSLATIONS: Record<string, () => Promise<TranslationModule>> = {
  en: () => import('./translations/en.json'),
  fi: () => import('./translations/fi.json'),
};

/** The parts of Strapi's admin app this plugin uses (its own types are not exported for plugins). */
interface AdminApp {
  addMenuLink(link: Record<string, unknown>): void;
  addSettingsLink(section: { id: string; intlLabel: { id: string; defaultMessage: string } }, link: Record<string, unknown>): void;
  registerPlugin(plugin: { id: string; name: string }): void;
  customFields: Parameters<typeof registerCustomFields>[0]['customFields'];
  getPlugin(id: 'content-manager'): { apis: { addEditViewSidePanel(panels: unknown[]): void } };
}

export default {
  register(app: AdminApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Calendar' },
      Component: async () => {
        const { App } = await import('./pages/App');
        return App;
      },
      permissions: [{ action: ACTIONS.read, subject: null }],
    });
    // Settings → Calendar: the installation's settings, apart from the calendar views.
    app.addSettingsLink(
      { id: PLUGIN_ID, intlLabel: { id: `${PLUGIN_ID}.settings.section`, defaultMessage: 'Calendar' } },
      {
        id: `${PLUGIN_ID}-chat`,
        to: `${PLUGIN_ID}/chat`,
        intlLabel: { id: `${PLUGIN_ID}.settings.chat`, defaultMessage: 'Chat notifications' },
        Component: () => import('./pages/ChatSettings'),
        permissions: [{ action: ACTIONS.settings, subject: null }],
      }
    );
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
    registerCustomFields(app);
  },

  bootstrap(app: AdminApp) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([SchedulePanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = TRANSLATIONS[locale];
        if (!load) return { data: {}, locale };
        const { default: data } = await load();
        const prefixed = Object.fromEntries(Object.entries(data).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));
        return { data: prefixed, locale };
      })
    );
  },
};
