/**
 * The plugin's custom fields: the piece page's schedule inputs. Both sides register the same
 * list (server: the stored type; admin: the input), and content types name them as
 * `plugin::calendar.<name>`. Stored values and the API contract are those of the plain type.
 */
/** `size`: the input's default width in the edit view's 12-column grid. */
export const CUSTOM_FIELDS = [
  {
    name: 'recurrence',
    type: 'string',
    size: 12,
    label: 'Recurrence',
    description: 'Repeats: a builder for the rule, in words, with the next dates',
  },
  { name: 'time-zone', type: 'string', size: 6, label: 'Time zone', description: 'An IANA time zone, searchable' },
  {
    name: 'publish-time',
    type: 'datetime',
    size: 6,
    label: 'Time in the piece’s zone',
    description: 'A date and time on the piece’s own clock',
  },
  {
    name: 'skipped-dates',
    type: 'json',
    size: 12,
    label: 'Skipped dates',
    description: 'Occurrences of a repeating piece ticked off a list',
  },
  { name: 'kpi-targets', type: 'json', size: 12, label: 'KPI targets', description: 'Targets from the KPI catalogue, by month' },
] as const;

export type CustomFieldName = (typeof CUSTOM_FIELDS)[number]['name'];
export const customFieldUid = (name: CustomFieldName) => `plugin::calendar.${name}` as const;
