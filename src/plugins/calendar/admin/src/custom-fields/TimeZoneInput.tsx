import { Combobox, ComboboxOption, Field } from '@strapi/design-system';
import { unstable_useContentManagerContext } from '@strapi/strapi/admin';
import { useEffect, useMemo, useState } from 'react';
import { timeZoneNames } from '../../../core/time-zone-list';
import type { CustomFieldInputProps } from './field-props';
import { useDefaultTimeZone } from './useDefaultTimeZone';

/**
 * A searchable list of IANA zones. A new piece starts in the configured zone (not a zone written
 * into the schema), so an installation in Stockholm gets Europe/Stockholm.
 */
const shown = (zone: string) => zone.replace(/_/g, ' ');

const TimeZoneInput = ({ name, label, hint, required, disabled, error, value, onChange }: CustomFieldInputProps<string>) => {
  const zones = useMemo(() => timeZoneNames(), []);
  // What is typed to search; the chosen zone is shown when nothing is being typed.
  const [typed, setTyped] = useState<string>();
  const fallback = useDefaultTimeZone();
  // Only a new entry gets the configured zone: opening a saved one never changes it (the server
  // reads a saved entry without a zone in the configured zone anyway).
  const { isCreatingEntry } = unstable_useContentManagerContext();
  useEffect(() => {
    if (isCreatingEntry && !value && fallback && !disabled) onChange(name, fallback);
  }, [isCreatingEntry, value, fallback, disabled, name, onChange]);
  return (
    <Field.Root name={name} hint={hint} error={error} required={required}>
      <Field.Label>{label}</Field.Label>
      <Combobox
        value={value ?? undefined}
        placeholder={fallback}
        textValue={typed ?? (value ? shown(value) : '')}
        onTextValueChange={setTyped}
        disabled={disabled}
        autocomplete={{ type: 'list', filter: 'contains' }}
        onChange={(zone) => {
          setTyped(undefined);
          if (zone) onChange(name, zone);
        }}
      >
        {zones.map((zone) => (
          <ComboboxOption key={zone} value={zone}>
            {shown(zone)}
          </ComboboxOption>
        ))}
      </Combobox>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

export default TimeZoneInput;
