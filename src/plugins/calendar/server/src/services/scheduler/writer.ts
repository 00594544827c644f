/**
 * Marks the scheduler's own publish, for Document Service middlewares that decide by the writer.
 * The scheduler publishes from a timer (no request, no user) or for an editor's "publish now"
 * (whose right was checked by the route); inside `runAsScheduler` a middleware can tell that the
 * publish was decided by the scheduler's rules (approved, due, this exact version) and let it through.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<'scheduler'>();

export const runAsScheduler = <T>(fn: () => Promise<T>): Promise<T> => storage.run('scheduler', fn);

/** True inside the scheduler's publish (any Document Service call it makes, nested ones included). */
export const isSchedulerWrite = (): boolean => storage.getStore() === 'scheduler';
