import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

const ALL = '__all';

/** A labelled single choice with an "all" option, for filters an endpoint takes once (coverage, KPIs). */
export const SingleFilter = ({
  name,
  label,
  anyLabel,
  value,
  options,
  onChange,
}: {
  name: string;
  label: string;
  anyLabel: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string | null) => void;
}) => (
  <Field.Root name={name}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect value={value || ALL} onChange={(v: string | number) => onChange(v === ALL ? null : String(v))}>
      <SingleSelectOption value={ALL}>{anyLabel}</SingleSelectOption>
      {options.map((o) => (
        <SingleSelectOption key={o.value} value={o.value}>
          {o.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);
