/** How much one seasons request may ask for (shared by the contract and the holiday wrapper). */

/** The longest window, in days: two years and a day, so "this year and the next" always fits. */
export const MAX_SEASON_DAYS = 732;
/** Countries one request may combine. */
export const MAX_SEASON_COUNTRIES = 10;
