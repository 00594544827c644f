import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { MAX_SEASON_DAYS } from '../../../core/contracts/seasons';
import { daysByDate } from '../../../core/seasons/day-index';
import { seasonLanguageOf, type SeasonDay } from '../../../core/seasons/types';
import { useGetSeasonsQuery } from '../api/endpoints/seasons';

const EMPTY: SeasonDay[] = [];

/**
 * The holidays, flag days and commercial days of a window, named in the admin's language (the
 * server's default countries). A window the route would refuse is not asked for.
 */
export function useSeasons(from: string | undefined, to: string | undefined) {
  const { locale } = useIntl();
  const lang = seasonLanguageOf(locale);
  const ok = Boolean(from && to && to >= from && (Date.parse(to) - Date.parse(from)) / 86_400_000 < MAX_SEASON_DAYS);
  const { data } = useGetSeasonsQuery({ from: from ?? '', to: to ?? '', lang }, { skip: !ok });
  const days = data?.days ?? EMPTY;
  const byDate = useMemo(() => daysByDate(days), [days]);
  return { days, byDate, countryNames: data?.countryNames ?? {}, lang };
}
