/**
 * What the Content Manager passes a custom field's Input (Strapi 5): the field's props plus
 * `useField`'s value, error and onChange(name, value).
 */
export interface CustomFieldInputProps<TValue> {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  value: TValue | null | undefined;
  onChange: (name: string, value: TValue | null) => void;
  attribute: { options?: Record<string, unknown> };
}
