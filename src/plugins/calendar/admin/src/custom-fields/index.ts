import { CUSTOM_FIELDS, type CustomFieldName } from '../../../core/custom-fields';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';

type InputModule = { default: React.ComponentType<never> };

// Static loaders, so each input is its own chunk, loaded when an edit view shows it.
const INPUTS: Record<CustomFieldName, () => Promise<InputModule>> = {
  recurrence: () => import('./recurrence/RecurrenceInput'),
  'time-zone': () => import('./TimeZoneInput'),
  'publish-time': () => import('./PublishTimeInput'),
  'skipped-dates': () => import('./SkippedDatesInput'),
  'kpi-targets': () => import('./KpiTargetsInput'),
};

interface CustomFieldRegistry {
  register(field: {
    name: string;
    pluginId: string;
    type: string;
    intlLabel: { id: string; defaultMessage: string };
    intlDescription: { id: string; defaultMessage: string };
    components: { Input: () => Promise<InputModule> };
  }): void;
}

/** The piece page's schedule inputs, as the Content Manager's custom fields. */
export function registerCustomFields(app: { customFields: CustomFieldRegistry }) {
  for (const field of CUSTOM_FIELDS) {
    app.customFields.register({
      name: field.name,
      pluginId: PLUGIN_ID,
      type: field.type,
      intlLabel: { id: getTranslation(`customFields.${field.name}.label`), defaultMessage: field.label },
      intlDescription: { id: getTranslation(`customFields.${field.name}.description`), defaultMessage: field.description },
      components: { Input: INPUTS[field.name] },
    });
  }
}
