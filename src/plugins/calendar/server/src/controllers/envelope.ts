import type { Envelope } from '../../../core/contracts/fields';

/**
 * Strapi's `{ data }` body, typed by the route's contract: `envelope<TeamBoard>(…)` makes the
 * compiler check that the service's answer is what the admin client expects.
 */
export const envelope = <T>(data: T): Envelope<T> => ({ data });
