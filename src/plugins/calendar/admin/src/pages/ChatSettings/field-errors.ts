import type { CalendarError } from '../../api';

/** A refused save's problems by field (`details.errors[].path[0]`), as the server named them. */
export function fieldErrors(error: unknown): Record<string, string> {
  const details = (error as CalendarError | undefined)?.details as { errors?: Array<{ path?: unknown[]; message?: string }> } | undefined;
  const out: Record<string, string> = {};
  for (const e of details?.errors ?? []) {
    const field = String(e.path?.[0] ?? '');
    if (field && e.message && !out[field]) out[field] = e.message;
  }
  return out;
}
