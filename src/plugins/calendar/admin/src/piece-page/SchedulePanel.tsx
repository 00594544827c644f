import { Loader } from '@strapi/design-system';
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
  document?: { updatedAt?: string | null } | null;
  activeTab?: 'draft' | 'published' | null;
}

/**
 * The "Schedule" side panel of a content piece's edit view: when it appears, its editorial moves,
 * publish actions, history and the team's comments. Not shown while a piece is being created
 * (it has no schedule or history yet), nor for other content types.
 */
export const SchedulePanel = ({ model, documentId, document }: PanelProps) => {
  const { formatMessage } = useIntl();
  if (model !== PIECE || !documentId) return null;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Schedule' }),
    content: (
      <Suspense fallback={<Loader small />}>
        <SchedulePanelContent documentId={documentId} version={document?.updatedAt ?? undefined} />
      </Suspense>
    ),
  };
};
