/** A validation failure tied to one field, in the shape Strapi puts in `error.details.errors`. */
export interface FieldError {
  path: string[];
  message: string;
  name: 'ValidationError';
  value?: unknown;
}

export const fieldError = (field: string, message: string, value?: unknown): FieldError => ({
  path: [field],
  message,
  name: 'ValidationError',
  value,
});

/** Nothing given: null, undefined or the empty string (how forms and the Content Manager send "no value"). */
export const isBlank = (value: unknown): value is null | undefined | '' => value === null || value === undefined || value === '';

/** One sentence for the top-level error message, naming every field that failed. */
export function summarise(errors: FieldError[]): string {
  if (errors.length === 1) return errors[0].message;
  return `${errors.length} errors: ${errors.map((e) => e.message).join('; ')}`;
}
