/**
 * Every IANA zone the runtime knows, for the time zone picker. Intl.supportedValuesOf is in
 * Node 20 and every supported browser; the TypeScript lib of Strapi's tsconfigs predates it.
 */
const supported = (Intl as unknown as { supportedValuesOf?: (key: 'timeZone') => string[] }).supportedValuesOf;

export function timeZoneNames(): string[] {
  const zones = supported ? supported('timeZone') : [];
  // Intl lists UTC as "UTC" on some engines and not at all on others.
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}
