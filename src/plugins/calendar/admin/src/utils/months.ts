import { useMemo } from 'react';
import { useIntl } from 'react-intl';

/** The twelve month names (January first) in the admin's locale, built once per locale and style. */
export function useMonthNames(style: 'long' | 'short' | 'narrow'): string[] {
  const { locale } = useIntl();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 15))));
  }, [locale, style]);
}
