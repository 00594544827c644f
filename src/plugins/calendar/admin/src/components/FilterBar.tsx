import { Grid } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { CONTENT_FORMATS, CONTENT_GOALS, EDITORIAL_STATUSES, FUNNEL_STAGES } from '../../../core/enums';
import type { OccurrenceFilters } from '../../../core/query/occurrence-params';
import type { AdminOccurrence } from '../api/occurrences';
import type { Reference } from '../api/types';
import type { FilterKey } from '../hooks/useCalendarData';
import { useLanguages } from '../hooks/useLanguages';
import { useViewLabel } from '../hooks/useViewLabel';
import { getTranslation } from '../utils/getTranslation';
import { FilterSelect, type FilterOption } from './FilterSelect';

type Assignee = NonNullable<AdminOccurrence['assignee']>;

/** The calendar views' filters: channel, persona, theme, stage, goal, format, language, status, assignee. */
export const FilterBar = ({
  filters,
  reference,
  assignees,
  onChange,
}: {
  filters: OccurrenceFilters;
  reference: Reference | undefined;
  /** People seen in the loaded range, besides "me" and "nobody". */
  assignees: Assignee[];
  onChange: (key: FilterKey, values: string[]) => void;
}) => {
  const { formatMessage } = useIntl();
  const label = useViewLabel();
  const { languages, multilingual } = useLanguages();
  const enumOptions = (prefix: string, values: readonly string[]): FilterOption[] =>
    values.map((value) => ({ value, label: formatMessage({ id: getTranslation(`${prefix}.${value}`), defaultMessage: value }) }));
  const named = (items: Array<{ slug: string; name: string }> = []) => items.map((i) => ({ value: i.slug, label: i.name }));
  const fields: Array<{ name: FilterKey; label: string; options: FilterOption[] }> = [
    { name: 'channel', label: label('channels', 'Channels'), options: named(reference?.channels) },
    { name: 'persona', label: label('personas', 'Personas'), options: named(reference?.personas) },
    { name: 'theme', label: label('themes', 'Themes'), options: named(reference?.themes) },
    { name: 'stage', label: label('stages', 'Funnel stages'), options: enumOptions('stage', FUNNEL_STAGES) },
    { name: 'goal', label: label('goals', 'Content goals'), options: enumOptions('goal', CONTENT_GOALS) },
    { name: 'format', label: label('formats', 'Formats'), options: enumOptions('format', CONTENT_FORMATS) },
    // With one language there is nothing to choose.
    ...(multilingual
      ? [
          {
            name: 'locale' as const,
            label: label('languages', 'Languages'),
            options: languages.map((l) => ({ value: l.code, label: l.name })),
          },
        ]
      : []),
    { name: 'editorialStatus', label: label('statuses', 'Editorial status'), options: enumOptions('editorial', EDITORIAL_STATUSES) },
    {
      name: 'assignee',
      label: label('assignee', 'Assignee'),
      options: [
        { value: 'me', label: label('assigneeMe', 'Me') },
        { value: 'none', label: label('assigneeNone', 'Nobody') },
        ...assignees.map((a) => ({ value: String(a.id), label: [a.firstname, a.lastname].filter(Boolean).join(' ') || String(a.id) })),
      ],
    },
  ];
  return (
    <Grid.Root gap={2}>
      {fields.map((field) => (
        <Grid.Item key={field.name} col={2} s={6} direction="column" alignItems="stretch">
          <FilterSelect
            {...field}
            anyLabel={label('any', 'Any')}
            value={filters[field.name] ?? []}
            onChange={(values) => onChange(field.name, values)}
          />
        </Grid.Item>
      ))}
    </Grid.Root>
  );
};
