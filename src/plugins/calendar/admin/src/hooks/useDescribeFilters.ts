import { useIntl } from 'react-intl';
import type { OccurrenceFilters } from '../../../core/query/occurrence-params';
import type { Reference } from '../api/types';
import { getTranslation } from '../utils/getTranslation';
import { useLanguages } from './useLanguages';

/** A secret link's saved filters in words ("LinkedIn, Reach, Swedish"), or `everything` when there are none. */
export function useDescribeFilters(reference: Reference | undefined) {
  const { formatMessage } = useIntl();
  const { nameOf } = useLanguages();
  const enumLabel = (prefix: string) => (value: string) =>
    formatMessage({ id: getTranslation(`${prefix}.${value}`), defaultMessage: value });
  return (f: OccurrenceFilters, everything: string) => {
    const parts = [
      ...(f.channel ?? []).map((slug) => reference?.channels.find((c) => c.slug === slug)?.name ?? slug),
      ...(f.persona ?? []).map((slug) => reference?.personas.find((p) => p.slug === slug)?.name ?? slug),
      ...(f.theme ?? []).map((slug) => reference?.themes.find((p) => p.slug === slug)?.name ?? slug),
      ...(f.stage ?? []).map(enumLabel('stage')),
      ...(f.goal ?? []).map(enumLabel('goal')),
      ...(f.format ?? []).map(enumLabel('format')),
      ...(f.locale ?? []).map(nameOf),
    ];
    return parts.length ? parts.join(', ') : everything;
  };
}
