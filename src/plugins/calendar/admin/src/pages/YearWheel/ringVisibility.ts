/**
 * Which rings the wheel shows, kept in the URL: `hide=` lists rings shown by default that the
 * planner turned off; `show=` lists optional rings (off by default, such as competitors) turned
 * on. An empty list drops its parameter, so the plain wheel keeps a short URL.
 */
export interface RingVisibility {
  hide: ReadonlySet<string>;
  show: ReadonlySet<string>;
}

const list = (text: string | null | undefined) => new Set((text ?? '').split(',').filter(Boolean));

export const parseRingVisibility = (hide: string | null | undefined, show: string | null | undefined): RingVisibility => ({
  hide: list(hide),
  show: list(show),
});

export const isRingShown = (v: RingVisibility, id: string, offByDefault: ReadonlySet<string>): boolean =>
  offByDefault.has(id) ? v.show.has(id) : !v.hide.has(id);

/** The rings not shown, among `ids`. */
export const hiddenRings = (v: RingVisibility, ids: readonly string[], offByDefault: ReadonlySet<string>): Set<string> =>
  new Set(ids.filter((id) => !isRingShown(v, id, offByDefault)));

/** The URL parameters after turning ring `id` on or off. */
export function setRingShown(
  v: RingVisibility,
  id: string,
  shown: boolean,
  offByDefault: ReadonlySet<string>
): { hide: string | null; show: string | null } {
  const hide = new Set(v.hide);
  const show = new Set(v.show);
  if (offByDefault.has(id)) {
    if (shown) show.add(id);
    else show.delete(id);
  } else if (shown) hide.delete(id);
  else hide.add(id);
  return { hide: hide.size ? [...hide].join(',') : null, show: show.size ? [...show].join(',') : null };
}
