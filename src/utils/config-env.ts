import type { Core } from '@strapi/strapi';

/** The `env` helper Strapi passes to every config file (env('X', default), env.int, env.bool, env.array…). */
export type ConfigEnv = Core.Config.Shared.ConfigParams['env'];
