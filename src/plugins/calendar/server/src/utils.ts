import type { Core } from '@strapi/strapi';
import type { CalendarConfig } from './config';
import type services from './services';
import { PLUGIN_ID } from './constants';

type Services = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

/** Typed access to this plugin's services. */
export function getService<K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] {
  return strapi.plugin(PLUGIN_ID).service(name) as Services[K];
}

export function getConfig<K extends keyof CalendarConfig>(strapi: Core.Strapi, key: K): CalendarConfig[K] {
  return strapi.config.get(`plugin::${PLUGIN_ID}.${key}`) as CalendarConfig[K];
}
