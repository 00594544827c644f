import { TZDate } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';
import { enGB, fi } from 'date-fns/locale';
import { useIntl } from 'react-intl';

/** An instant on a zone's clock, `d.M.yyyy HH:mm` by default: how the piece page writes times, in both languages. */
export const formatInZone = (instant: string | Date, zone: string, pattern = 'd.M.yyyy HH:mm', locale?: Locale) =>
  format(new TZDate(new Date(instant).getTime(), zone), pattern, { locale });

/** With the weekday in the admin's language: "to 3.12.2026 08:00" / "Th 3.12.2026 08:00". */
export function useFormatWithWeekday() {
  const { locale } = useIntl();
  const dateLocale = locale.startsWith('fi') ? fi : enGB;
  return (instant: string | Date, zone: string) => formatInZone(instant, zone, 'EEEEEE d.M.yyyy HH:mm', dateLocale);
}

/** The browser's own zone, for "your time" beside a piece's clock. */
export const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
