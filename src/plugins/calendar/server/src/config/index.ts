import { z } from 'zod';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../../../core/time-zone';

export const configSchema = z.object({
  /** Grant the Public role read access to the published content on first boot. */
  publicRead: z.boolean(),
  /** IANA zone for pieces saved without one and for date-only queries. */
  defaultTimeZone: z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Helsinki'),
});

export type CalendarConfig = z.infer<typeof configSchema>;

export default {
  default: (): CalendarConfig => ({
    publicRead: true,
    defaultTimeZone: DEFAULT_TIME_ZONE,
  }),
  validator(config: unknown) {
    const parsed = configSchema.safeParse(config);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`Invalid calendar plugin config: ${issue.path.join('.')} ${issue.message}`);
    }
  },
};
