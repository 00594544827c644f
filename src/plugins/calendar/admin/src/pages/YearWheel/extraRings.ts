/**
 * The wheel's optional rings besides themes and publications, each one entry: an id, the label's
 * translation key and a function from the data the page has to `WheelRing` items. To add a ring
 * (a budget ring from the budget endpoint, competitors' campaigns from theirs), fetch its data in
 * the page, add it to `RingInput` and append one entry here — the drawing, the legend, the ring
 * toggles and the URL (`hide=`) take it from there.
 */
import type { SeasonDay } from '../../../../core/seasons/types';
import type { WheelRing, WheelRingItem } from '../../../../core/wheel-rings';

export interface RingInput {
  seasonDays: readonly SeasonDay[];
  colors: { holiday: string; flag: string; commercial: string };
  // budget?: …   (the budget ring's data, when it exists)
  // competitors?: …
}

export interface ExtraRingSpec {
  id: string;
  labelId: string;
  defaultLabel: string;
  items: (input: RingInput) => WheelRingItem[];
}

const day = (d: SeasonDay, color: string): WheelRingItem => ({ startDate: d.date, label: d.name, color });

export const EXTRA_RINGS: ExtraRingSpec[] = [
  {
    id: 'holidays',
    labelId: 'wheel.ring.holidays',
    defaultLabel: 'Holidays and flag days',
    items: ({ seasonDays, colors }) =>
      seasonDays.filter((d) => d.kind !== 'commercial').map((d) => day(d, d.kind === 'flag' ? colors.flag : colors.holiday)),
  },
  {
    id: 'commercial',
    labelId: 'wheel.ring.commercial',
    defaultLabel: 'Commercial days',
    items: ({ seasonDays, colors }) => seasonDays.filter((d) => d.kind === 'commercial').map((d) => day(d, colors.commercial)),
  },
  // { id: 'budget', labelId: 'wheel.ring.budget', defaultLabel: 'Budget', items: ({ budget }) => … },
  // { id: 'competitors', labelId: 'wheel.ring.competitors', defaultLabel: 'Competitors', items: ({ competitors }) => … },
];

/** The rings a wheel shows: the specs not hidden, with their items. */
export const buildRings = (input: RingInput, hidden: ReadonlySet<string>, label: (spec: ExtraRingSpec) => string): WheelRing[] =>
  EXTRA_RINGS.filter((spec) => !hidden.has(spec.id)).map((spec) => ({ id: spec.id, label: label(spec), items: spec.items(input) }));
