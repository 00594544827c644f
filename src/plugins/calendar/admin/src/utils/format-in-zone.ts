import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** An instant as day.month.year hours:minutes on a zone's clock: how the piece page writes times, in both languages. */
export const formatInZone = (instant: string | Date, zone: string) =>
  format(new TZDate(new Date(instant).getTime(), zone), 'd.M.yyyy HH:mm');
