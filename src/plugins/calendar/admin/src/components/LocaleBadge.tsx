import { Badge } from '@strapi/design-system';
import { useLanguages } from '../hooks/useLanguages';

/**
 * Which language version an occurrence or card is: the code (FI, SV, EN), with the language's name
 * as its accessible label and tooltip. Nothing when only one language is enabled (every piece is in it).
 */
export const LocaleBadge = ({ locale, missing = false }: { locale: string | null | undefined; missing?: boolean }) => {
  const { multilingual, nameOf } = useLanguages();
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
