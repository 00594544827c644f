import { Combobox, ComboboxOption, Field } from '@strapi/design-system';
import { useEffect, useMemo } from 'react';
import { timeZoneNames } from '../../../core/time-zone-list';
import type { CustomFieldInputProps } from './field-props';
import { useDefaultTimeZone } from './useDefaultTimeZone';

/**
 * A searchable list of IANA zones. A new piece starts in the configured zone (not a zone written
 * into the schema), so an installation in Stockholm gets Europe/Stockholm.
 */
const TimeZoneInput = ({ name, label, hint, required, disabled, error, value, onChange }: CustomFieldInputProps<string>) => {
  const zones = useMemo(() => timeZoneNames(), []);
  const fallback = useDefaultTimeZone();
  useEffect(() => {
    if (!value && fallback && !disabled) onChange(name, fallback);
  }, [value, fallback, disabled, name, onChange]);
  return (
    <Field.Root name={name} hint={hint} error={error} required={required}>
      <Field.Label>{label}</Field.Label>
      <Combobox
        value={value ?? undefined}
        disabled={disabled}
        autocomplete={{ type: 'list', filter: 'contains' }}
        onChange={(zone) => zone && onChange(name, zone)}
      >
        {zones.map((zone) => (
          <ComboboxOption key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </ComboboxOption>
        ))}
      </Combobox>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

export default TimeZoneInput;
