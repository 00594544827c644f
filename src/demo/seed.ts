import type { Core } from '@strapi/strapi';

export async function seedDemo(strapi: Core.Strapi) {
  strapi.log.info('[demo] seed placeholder');
}
