import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

const ALL = '__all';

/**
 * A labelled single choice, for filters an endpoint takes once (coverage, KPIs, a language). With
 * `anyLabel`, a first option for "all" (value null).
 */
export const SingleFilter = ({
  name,
  label,
  anyLabel,
  value,
  options,
  onChange,
  size,
}: {
  name: string;
  label: string;
  anyLabel?: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string | null) => void;
  size?: 'S' | 'M';
}) => (
  <Field.Root name={name}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect
      size={size}
      value={value || (anyLabel ? ALL : '')}
      onChange={(v: string | number) => onChange(v === ALL ? null : String(v))}
      data-testid={`${name}-select`}
    >
      {anyLabel && <SingleSelectOption value={ALL}>{anyLabel}</SingleSelectOption>}
      {options.map((o) => (
        <SingleSelectOption key={o.value} value={o.value}>
          {o.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);
