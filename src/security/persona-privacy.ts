/**
 * A persona's needs, pains and value proposition are the marketing team's internal notes:
 * unless `calendar.config.publicPersonaDetails` is on, they are private attributes, so the REST
 * API neither returns them (also not through `populate=personas`) nor accepts them in filters,
 * sort or fields. The Content Manager still shows and edits private attributes.
 *
 * Runs in the register phase, before routes build their query validators from the schema.
 */
import type { Core, Struct } from '@strapi/strapi';

export const PERSONA_UID = 'api::persona.persona' as const;
export const PERSONA_DETAILS = ['needs', 'pains', 'valueProposition'] as const;

export function applyPersonaPrivacy(strapi: Core.Strapi) {
  const isPublic = strapi.config.get<boolean>('plugin::calendar.publicPersonaDetails', false) === true;
  const model = strapi.contentTypes[PERSONA_UID] as Struct.ContentTypeSchema | undefined;
  if (!model || isPublic) return;
  for (const name of PERSONA_DETAILS) {
    // Text attributes, which Strapi lets be private.
    const attribute = model.attributes[name] as { private?: boolean } | undefined;
    if (attribute) attribute.private = true;
  }
}
