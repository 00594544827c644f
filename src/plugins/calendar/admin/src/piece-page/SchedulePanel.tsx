import { Loader } from '@strapi/design-system';
import { useQueryParams } from '@strapi/strapi/admin';
import { lazy, Suspense } from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

// Loaded with the first edit view that shows it: the admin's start-up bundle stays without the data layer.
const SchedulePanelContent = lazy(() => import('./SchedulePanelContent').then((m) => ({ default: m.SchedulePanelContent })));

const PIECE = 'api::content-piece.content-piece';

/** What the Content Manager passes an edit-view side panel (Strapi 5). */
export interface PanelProps {
  model: string;
  documentId?: string;
  /** The version the edit view shows: with i18n it carries its `locale`. */
  document?: { updatedAt?: string | null; locale?: string | null } | null;
  activeTab?: 'draft' | 'published' | null;
}

/** The i18n plugin keeps the edit view's language in the URL: `?plugins[i18n][locale]=sv`. */
type I18nQuery = { plugins?: { i18n?: { locale?: string } } };

/**
 * The "Schedule" side panel of a content piece's edit view: when it appears, its editorial moves,
 * publish actions, history and the team's comments, for the language version the edit view shows,
 * and every version at a glance. Not shown while a piece is being created (it has no schedule or
 * history yet), nor while a new language version is written but not yet saved, nor for other
 * content types.
 */
export const SchedulePanel = ({ model, documentId, document }: PanelProps) => {
  const { formatMessage } = useIntl();
  const [{ query }] = useQueryParams<I18nQuery>();
  if (model !== PIECE || !documentId || !document) return null;
  // Strapi 5.54 has no locale in unstable_useContentManagerContext(); the document the edit view
  // loaded names its own, and the URL (which the i18n plugin always fills in) is the fallback.
  const locale = document.locale ?? query.plugins?.i18n?.locale ?? undefined;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Schedule' }),
    content: (
      <Suspense fallback={<Loader small />}>
        <SchedulePanelContent documentId={documentId} locale={locale} version={document.updatedAt ?? undefined} />
      </Suspense>
    ),
  };
};
