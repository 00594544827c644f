/**
 * The wheel's optional rings besides themes and publications, each one entry: an id, the label's
 * translation key and a function from the data the page has to `WheelRing` items. To add a ring,
 * fetch its data in the page (useRingData.ts does the budget's and the competitors'), add it to
 * `RingInput` and append one entry here — the drawing, the legend, the ring toggles and the URL
 * (`hide=`, or `show=` for a ring `offByDefault`) take it from there. A ring whose data the user
 * may not read says so with `available`, and is then not offered at all.
 */
import type { RingMark } from '../../../../core/contracts/competitors';
import type { SeasonDay } from '../../../../core/seasons/types';
import type { WheelRing, WheelRingItem } from '../../../../core/wheel-rings';
import { budgetRingItems, type BudgetRingData } from './budgetRing';

export interface RingInput {
  seasonDays: readonly SeasonDay[];
  colors: { holiday: string; flag: string; commercial: string };
  /** Absent: the user may not read the budget, and the ring is not offered. */
  budget?: BudgetRingData;
  /** The active competitors' observation marks of the frame's years. */
  competitors?: readonly RingMark[];
}

export interface ExtraRingSpec {
  id: string;
  labelId: string;
  defaultLabel: string;
  items: (input: RingInput) => WheelRingItem[];
  /** Off unless the planner chooses it (kept in `show=` rather than `hide=`). */
  offByDefault?: boolean;
  /** False: not offered at all (no data for this user), so no toggle either. */
  available?: (input: RingInput) => boolean;
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
  {
    id: 'budget',
    labelId: 'wheel.ring.budget',
    defaultLabel: 'Budget use by theme',
    items: ({ budget }) => (budget ? budgetRingItems(budget) : []),
    available: ({ budget }) => budget !== undefined,
  },
  {
    id: 'competitors',
    labelId: 'wheel.ring.competitors',
    defaultLabel: 'Competitors',
    items: ({ competitors }) => (competitors ?? []).map((m) => ({ startDate: m.date, label: m.label, color: m.color })),
    offByDefault: true,
  },
];

/** The optional rings, off until chosen. */
export const OFF_BY_DEFAULT: ReadonlySet<string> = new Set(EXTRA_RINGS.filter((s) => s.offByDefault).map((s) => s.id));

/** The rings this user is offered. */
export const availableRings = (input: RingInput): ExtraRingSpec[] => EXTRA_RINGS.filter((s) => s.available?.(input) ?? true);

/** The rings a wheel shows: the specs not hidden, with their items. */
export const buildRings = (input: RingInput, hidden: ReadonlySet<string>, label: (spec: ExtraRingSpec) => string): WheelRing[] =>
  availableRings(input)
    .filter((spec) => !hidden.has(spec.id))
    .map((spec) => ({ id: spec.id, label: label(spec), items: spec.items(input) }));
