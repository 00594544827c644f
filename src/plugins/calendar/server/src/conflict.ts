/**
 * Stale writes (optimistic concurrency): a write carries the `updatedAt` it was based on; when the
 * stored row has moved on, the write is refused with 409 and the current state, so the view can
 * offer a reload. One error type for every resource; `conflictAware` turns it into the response.
 */
import type { StoredTime } from './db';

export class ConflictError<T = unknown> extends Error {
  constructor(
    message: string,
    readonly current: T
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** Same instant? (stored datetimes come back as Date, epoch ms or string depending on the database) */
export const sameInstant = (stored: unknown, expected: string) => new Date(stored as StoredTime).getTime() === new Date(expected).getTime();
