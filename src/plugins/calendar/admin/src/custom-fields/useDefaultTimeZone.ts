// Replaced by the settings query of the admin data layer when it lands.
export const useDefaultTimeZone = (): string | undefined => undefined;
