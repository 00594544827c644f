/** Colours are stored as #RRGGBB so that every view (wheel, calendar, print) can use them as is. */
export const HEX_COLOR = /^#[0-9A-Fa-f]{6}$/;

export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOR.test(value);
}
