import { Grid } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { CONTENT_FORMATS, CONTENT_GOALS, FUNNEL_STAGES } from '../../../core/enums';
import type { OccurrenceFilters } from '../../../core/query/occurrence-params';
import type { Reference } from '../api/types';
import { useLanguages } from '../hooks/useLanguages';
import { useViewLabel } from '../hooks/useViewLabel';
import { getTranslation } from '../utils/getTranslation';
import { FilterSelect, type FilterOption } from './FilterSelect';

/** The filters a secret link saves (calendar feeds, share links): the public feed's keys. */
export type TokenFilterKey = 'channel' | 'persona' | 'theme' | 'stage' | 'goal' | 'format' | 'locale';

/**
 * One multi-select per filter in `keys`, as grid items of `col` columns, labelled as the views'
 * filter bar labels them; the language filter only when there is more than one language.
 */
export const TokenFilterFields = ({
  keys,
  filters,
  reference,
  onChange,
  col = 4,
}: {
  keys: readonly TokenFilterKey[];
  filters: OccurrenceFilters;
  reference: Reference | undefined;
  onChange: (key: TokenFilterKey, values: string[]) => void;
  col?: number;
}) => {
  const { formatMessage } = useIntl();
  const label = useViewLabel();
  const { languages, multilingual } = useLanguages();
  const enumOptions = (prefix: string, values: readonly string[]): FilterOption[] =>
    values.map((value) => ({ value, label: formatMessage({ id: getTranslation(`${prefix}.${value}`), defaultMessage: value }) }));
  const named = (items: Array<{ slug: string; name: string }> = []) => items.map((i) => ({ value: i.slug, label: i.name }));
  const fields: Record<TokenFilterKey, { label: string; options: FilterOption[] } | null> = {
    channel: { label: label('channels', 'Channels'), options: named(reference?.channels) },
    persona: { label: label('personas', 'Personas'), options: named(reference?.personas) },
    theme: { label: label('themes', 'Themes'), options: named(reference?.themes) },
    stage: { label: label('stages', 'Funnel stages'), options: enumOptions('stage', FUNNEL_STAGES) },
    goal: { label: label('goals', 'Content goals'), options: enumOptions('goal', CONTENT_GOALS) },
    format: { label: label('formats', 'Formats'), options: enumOptions('format', CONTENT_FORMATS) },
    locale: multilingual
      ? { label: label('languages', 'Languages'), options: languages.map((l) => ({ value: l.code, label: l.name })) }
      : null,
  };
  return (
    <>
      {keys.map((key) => {
        const field = fields[key];
        if (!field) return null;
        return (
          <Grid.Item key={key} col={col} s={12} direction="column" alignItems="stretch">
            <FilterSelect
              name={key}
              {...field}
              anyLabel={label('any', 'Any')}
              value={filters[key] ?? []}
              onChange={(values) => onChange(key, values)}
            />
          </Grid.Item>
        );
      })}
    </>
  );
};
