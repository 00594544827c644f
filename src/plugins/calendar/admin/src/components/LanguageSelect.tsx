import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useLanguages } from '../hooks/useLanguages';
import { getTranslation } from '../utils/getTranslation';

const ALL = '__all';

/**
 * One content language to show or write in (board, My work, coverage, publish log, quick create,
 * Translations missing). With `allowAll`, a first "All languages" option (value null).
 * Nothing is shown when only one language is enabled, unless `always`.
 */
export const LanguageSelect = ({
  value,
  onChange,
  allowAll = false,
  always = false,
  name = 'locale',
  size,
}: {
  value: string | null;
  onChange: (locale: string | null) => void;
  allowAll?: boolean;
  always?: boolean;
  name?: string;
  size?: 'S' | 'M';
}) => {
  const { formatMessage } = useIntl();
  const { languages, multilingual } = useLanguages();
  if (!multilingual && !always) return null;
  return (
    <Field.Root name={name}>
      <Field.Label>{formatMessage({ id: getTranslation('language.label'), defaultMessage: 'Language' })}</Field.Label>
      <SingleSelect
        size={size}
        value={value ?? (allowAll ? ALL : '')}
        onChange={(v: string | number) => onChange(String(v) === ALL ? null : String(v))}
        data-testid={`${name}-select`}
      >
        {allowAll && (
          <SingleSelectOption value={ALL}>
            {formatMessage({ id: getTranslation('language.all'), defaultMessage: 'All languages' })}
          </SingleSelectOption>
        )}
        {languages.map((l) => (
          <SingleSelectOption key={l.code} value={l.code}>
            {`${l.name} (${l.code.toUpperCase()})`}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
};
