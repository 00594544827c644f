import { Badge } from '@strapi/design-system';
import { useContext } from 'react';
import { LanguagesContext, useLanguages, type Languages } from '../hooks/useLanguages';

interface Props {
  locale: string | null | undefined;
  missing?: boolean;
}

/**
 * Which language version an occurrence or card is: the code (FI, SV, EN), with the language's name
 * as its accessible label and tooltip. Nothing when only one language is enabled (every piece is in it).
 */
export const LocaleBadge = (props: Props) => {
  const languages = useContext(LanguagesContext);
  return languages ? <Badged {...props} languages={languages} /> : <SubscribedBadge {...props} />;
};

/** Outside a view (a side panel), the badge reads the languages itself. */
const SubscribedBadge = (props: Props) => <Badged {...props} languages={useLanguages()} />;

const Badged = ({ locale, missing = false, languages: { multilingual, nameOf } }: Props & { languages: Languages }) => {
  if (!locale || !multilingual) return null;
  const name = nameOf(locale);
  return (
    <Badge
      size="S"
      // The code is a symbol for the language: read out as its name.
      role="img"
      title={name}
      aria-label={name}
      data-locale={locale}
      backgroundColor={missing ? 'danger100' : 'neutral150'}
      textColor={missing ? 'danger700' : 'neutral700'}
      style={{ flexShrink: 0 }}
    >
      {locale.toUpperCase()}
    </Badge>
  );
};
