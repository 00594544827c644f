import { Field, MultiSelect, MultiSelectOption } from '@strapi/design-system';

export interface FilterOption {
  value: string;
  label: string;
}

/** A labelled multi-select for one filter (channels, personas, stages, goals…); empty means any. */
export const FilterSelect = ({
  name,
  label,
  anyLabel,
  options,
  value,
  onChange,
}: {
  name: string;
  label: string;
  anyLabel: string;
  options: FilterOption[];
  value: string[];
  onChange: (value: string[]) => void;
}) => (
  <Field.Root name={name}>
    <Field.Label>{label}</Field.Label>
    <MultiSelect value={value} onChange={onChange} withTags placeholder={anyLabel}>
      {options.map((option) => (
        <MultiSelectOption key={option.value} value={option.value}>
          {option.label}
        </MultiSelectOption>
      ))}
    </MultiSelect>
  </Field.Root>
);
