import type { Core } from '@strapi/strapi';
import { CUSTOM_FIELDS } from '../../core/custom-fields';
import { PLUGIN_ID } from './constants';

/** Registered in `register`, before content types that use them are loaded. */
export function registerCustomFields(strapi: Core.Strapi) {
  strapi.customFields.register(
    CUSTOM_FIELDS.map(({ name, type, size }) => ({ name, plugin: PLUGIN_ID, type, inputSize: { default: size, isResizable: true } }))
  );
}
