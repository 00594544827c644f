import { PLUGIN_ID } from '../pluginId';

/** Every plugin message id is prefixed with the plugin id, as Strapi's translation merge expects. */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;
