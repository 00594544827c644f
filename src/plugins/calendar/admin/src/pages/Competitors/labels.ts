import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { CompetitorPlatform } from '../../api';
import { getTranslation } from '../../utils/getTranslation';

/** The page's strings: `competitors.<id>` in the translations. */
export function useCompetitorLabel() {
  const { formatMessage } = useIntl();
  return useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
      formatMessage({ id: getTranslation(`competitors.${id}`), defaultMessage }, values),
    [formatMessage]
  );
}

export const PLATFORM_DEFAULTS: Record<CompetitorPlatform, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  x: 'X',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  threads: 'Threads',
  pinterest: 'Pinterest',
  blog: 'Blog',
  newsletter: 'Newsletter',
  other: 'Other',
};

/** An outside address, opened in a new tab without handing it this admin's window or address. */
export const EXTERNAL = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** Platforms named as they call themselves; only the generic ones are translated. */
const TRANSLATED = new Set<string>(['blog', 'newsletter', 'other']);
export function usePlatformName() {
  const label = useCompetitorLabel();
  return useCallback(
    (platform: string) =>
      TRANSLATED.has(platform)
        ? label(`platform.${platform}`, PLATFORM_DEFAULTS[platform as CompetitorPlatform])
        : (PLATFORM_DEFAULTS[platform as CompetitorPlatform] ?? platform),
    [label]
  );
}
