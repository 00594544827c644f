/**
 * The period a view shows, read from its URL parameter, or the one that contains today in the
 * planner's zone when the parameter is missing or malformed.
 */
import { mondayOf } from '../../../core/calendar-grid';
import { instantToLocal } from '../../../core/time';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A local date `YYYY-MM-DD`. */
export const isDate = (value: string | null | undefined): value is string => DATE.test(value ?? '');

/** Today's local date (`YYYY-MM-DD`) in `zone`. */
export const todayIn = (zone: string) => instantToLocal(new Date(), zone).slice(0, 10);

/** `YYYY-MM` */
export const monthParam = (param: string | null, zone: string) => (/^\d{4}-\d{2}$/.test(param ?? '') ? param! : todayIn(zone).slice(0, 7));

/** The Monday (`YYYY-MM-DD`) of the week of the given date. */
export const weekParam = (param: string | null, zone: string) => mondayOf(isDate(param) ? param : todayIn(zone));

export const yearParam = (param: string | null, zone: string) =>
  /^\d{4}$/.test(param ?? '') ? Number(param) : Number(todayIn(zone).slice(0, 4));
