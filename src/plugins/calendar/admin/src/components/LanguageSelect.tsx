import { useIntl } from 'react-intl';
import { useLanguages } from '../hooks/useLanguages';
import { getTranslation } from '../utils/getTranslation';
import { SingleFilter } from './SingleFilter';

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
    <SingleFilter
      name={name}
      size={size}
      label={formatMessage({ id: getTranslation('language.label'), defaultMessage: 'Language' })}
      anyLabel={allowAll ? formatMessage({ id: getTranslation('language.all'), defaultMessage: 'All languages' }) : undefined}
      value={value ?? ''}
      options={languages.map((l) => ({ value: l.code, label: `${l.name} (${l.code.toUpperCase()})` }))}
      onChange={onChange}
    />
  );
};
