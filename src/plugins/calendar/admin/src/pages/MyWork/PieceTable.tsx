import { Box, Button, Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { MyPiece } from '../../api/editorial';
import type { WorkflowMoves } from '../../hooks/useWorkflowMoves';
import { MovesMenu } from '../../components/MovesMenu';
import { PieceTags } from '../../components/PieceTags';
import { TableHead } from '../../components/TableHead';
import { PieceTitleLink } from '../../components/PieceTitleLink';
import { getTranslation } from '../../utils/getTranslation';

/** The user's pieces (each language version a row) in one bucket: title, stage/goal, deadline, status and the moves. */
export const PieceTable = ({
  pieces,
  zone,
  workflow,
  canPlan,
}: {
  pieces: MyPiece[];
  zone: string;
  workflow: WorkflowMoves;
  canPlan: boolean;
}) => {
  const { formatMessage, formatDate } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const status = (s: string) => t(`editorial.${s}`, s);

  return (
    <Table colCount={5} rowCount={pieces.length + 1}>
      <TableHead
        labels={[
          t('myWork.piece', 'Content'),
          t('myWork.tags', 'Stage and goal'),
          t('myWork.deadline', 'Deadline'),
          t('myWork.status', 'Status'),
          t('myWork.actions', 'Next step'),
        ]}
      />
      <Tbody>
        {pieces.map((piece) => {
          const busy = workflow.isBusy(piece);
          const next = piece.next && piece.moves.includes(piece.next) ? piece.next : null;
          return (
            <Tr
              key={`${piece.documentId}-${piece.locale}`}
              data-piece={piece.documentId}
              data-locale={piece.locale ?? undefined}
              data-status={piece.editorialStatus}
              data-updated={piece.updatedAt}
            >
              <Td>
                <PieceTitleLink documentId={piece.documentId} locale={piece.locale} title={piece.title} />
              </Td>
              <Td>
                <PieceTags funnelStage={piece.funnelStage} contentGoal={piece.contentGoal} channels={piece.channels} />
              </Td>
              <Td>
                {piece.deadline ? (
                  <Flex direction="column" alignItems="flex-start">
                    <Typography>{formatDate(piece.deadline, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone })}</Typography>
                    {/* The deadline is the due date, or the publish time when there is none. */}
                    <Typography variant="pi" textColor="neutral600">
                      {piece.dueAt ? t('myWork.due', 'Due date') : t('myWork.publishes', 'Publish time')}
                    </Typography>
                  </Flex>
                ) : (
                  <Typography textColor="neutral600">–</Typography>
                )}
              </Td>
              <Td>
                <Typography>{status(piece.editorialStatus)}</Typography>
              </Td>
              <Td>
                {canPlan && (
                  <Flex gap={2} wrap="wrap">
                    {next && (
                      <Box data-move={next}>
                        <Button size="S" loading={busy} onClick={() => void workflow.move(piece, { editorialStatus: next })}>
                          {t('workflow.moveTo', 'Move to {status}', { status: status(next) })}
                        </Button>
                      </Box>
                    )}
                    <MovesMenu
                      moves={piece.moves}
                      exclude={[next]}
                      disabled={busy}
                      onMove={(s) => void workflow.move(piece, { editorialStatus: s })}
                    />
                  </Flex>
                )}
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
