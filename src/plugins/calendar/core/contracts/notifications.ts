/** POST /calendar/notifications/digest: today's digest now (if not sent yet), or again with force. */
import { z } from 'zod';
import { adminPath } from './routing';

export const digestBody = z.object({ force: z.boolean({ message: 'force must be true or false' }).optional() }).strict();
export type DigestInput = z.infer<typeof digestBody>;

export type DigestResult =
  | { sent: false; day: string; reason: 'before-digest-hour' | 'already-sent' }
  | { sent: true; day: string; recipients: number; items: number; failed: number };

export const NOTIFICATION_ROUTES = { digest: '/notifications/digest' } as const;
export const notificationPaths = { digest: () => adminPath(NOTIFICATION_ROUTES.digest) };
