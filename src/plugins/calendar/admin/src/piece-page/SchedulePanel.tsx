import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';
import { SchedulePanelContent } from './SchedulePanelContent';

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
    content: <SchedulePanelContent documentId={documentId} version={document?.updatedAt ?? undefined} />,
  };
};
