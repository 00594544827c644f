/**
 * Content Manager labels, descriptions and placeholders in the team's words (core's field-texts
 * table), on every boot. A text an admin changed by hand in "Configure the view" is kept: a field
 * is (re)labelled only while it still shows Strapi's default or the text this service last set,
 * so an upgrade that improves a text reaches every field nobody touched.
 */
import type { Core } from '@strapi/strapi';
import { FIELD_TEXTS, type FieldText, type LabelLanguage } from '../../../core/content-manager/field-labels';
import { PLUGIN_ID } from '../constants';
import { getConfig } from '../utils';

const STORE_KEY = 'field-texts-applied';
const PROPS = ['label', 'description', 'placeholder'] as const;
type Prop = (typeof PROPS)[number];
type Applied = Record<string, Record<string, Partial<Record<Prop, string>>>>;

/** The text to set, or undefined to leave the current one (changed by an admin, or already ours). */
export function nextText(current: string | undefined, wanted: string, last: string | undefined, strapiDefault: string): string | undefined {
  if (current === wanted) return undefined;
  const untouched = current === undefined || current === '' || current === strapiDefault || current === last;
  return untouched ? wanted : undefined;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Returns how many texts were set. */
  async apply(): Promise<number> {
    const contentTypes = strapi.plugin('content-manager')?.service('content-types');
    if (!contentTypes) return 0;
    const store = strapi.store({ type: 'plugin', name: PLUGIN_ID, key: STORE_KEY });
    const applied: Applied = ((await store.get()) as Applied | null) ?? {};
    const language = getConfig(strapi, 'contentManagerLanguage') as LabelLanguage;
    let changes = 0;
    for (const [uid, fields] of Object.entries(FIELD_TEXTS)) {
      if (!strapi.contentTypes[uid as keyof typeof strapi.contentTypes]) continue;
      const configuration = await contentTypes.findConfiguration({ uid });
      const metadatas = { ...configuration.metadatas };
      let touched = false;
      for (const [field, text] of Object.entries(fields) as Array<[string, FieldText]>) {
        const meta = metadatas[field];
        if (!meta) continue;
        const last = (applied[uid] ??= {})[field] ?? {};
        const edit = { ...meta.edit };
        const list = { ...meta.list };
        for (const prop of PROPS) {
          const wanted = text[prop]?.[language];
          if (!wanted) continue;
          const next = nextText(edit[prop], wanted, last[prop], prop === 'label' ? field : '');
          if (next !== undefined) {
            edit[prop] = next;
            touched = true;
            changes += 1;
          }
          if (edit[prop] === wanted) last[prop] = wanted;
        }
        // The list column shares the label unless an admin gave it its own.
        const listNext = nextText(list.label, text.label[language], last.label, field);
        if (listNext !== undefined) {
          list.label = listNext;
          touched = true;
        }
        applied[uid][field] = last;
        metadatas[field] = { ...meta, edit, list };
      }
      if (touched)
        await contentTypes.updateConfiguration({ uid }, { settings: configuration.settings, layouts: configuration.layouts, metadatas });
    }
    await store.set({ value: applied });
    return changes;
  },
});
