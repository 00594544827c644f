import slugify from 'slugify';

/** URL slug for a title: "Äitienpäivän kampanja" → "aitienpaivan-kampanja" (Finnish letters lose their dots). */
export function toSlug(text: string): string {
  return slugify(text, { lower: true, strict: true, trim: true });
}

/**
 * The first free slug of `base`, `base-2`, `base-3`... given the slugs already taken.
 * A base that is empty after slugifying falls back to `fallback`.
 */
export function nextFreeSlug(base: string, taken: Iterable<string>, fallback = 'item'): string {
  const root = base || fallback;
  const used = new Set(taken);
  if (!used.has(root)) return root;
  for (let n = 2; ; n += 1) {
    const candidate = `${root}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
