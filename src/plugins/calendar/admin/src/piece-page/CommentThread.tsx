import { Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { useDeleteCommentMutation, useGetCommentsQuery } from '../api';
import { useProblemOf } from '../hooks/useProblemOf';
import { formatInZone } from '../utils/format-in-zone';
import { getTranslation } from '../utils/getTranslation';
import { CommentForm } from './CommentForm';

/** The team's discussion of the piece: never published, and gone with the piece. */
export const CommentThread = ({ documentId, zone }: { documentId: string; zone: string }) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(`panel.comments.${id}`), defaultMessage });
  const thread = useGetCommentsQuery(documentId);
  const [remove, removing] = useDeleteCommentMutation();
  const problemOf = useProblemOf();
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="sigma" textColor="neutral600">
        {t('title', 'Comments')}
      </Typography>
      {thread.error && <Typography textColor="danger600">{problemOf(thread.error)?.message}</Typography>}
      {thread.data?.length === 0 && (
        <Typography variant="pi" textColor="neutral600">
          {t('empty', 'No comments yet. Only the team sees them.')}
        </Typography>
      )}
      <ol data-testid="comments">
        {thread.data?.map((comment) => (
          <li key={comment.id}>
            <Flex direction="column" alignItems="stretch" gap={1} paddingBottom={2}>
              <Flex justifyContent="space-between">
                <Typography variant="pi" fontWeight="bold">
                  {comment.author?.name ?? t('unknown', 'Someone')}
                  <Typography variant="pi" textColor="neutral600">{` · ${formatInZone(comment.createdAt, zone)}`}</Typography>
                </Typography>
                {comment.deletable && (
                  <IconButton
                    size="XS"
                    variant="ghost"
                    label={t('delete', 'Delete comment')}
                    disabled={removing.isLoading}
                    onClick={() => remove({ documentId, id: comment.id })}
                  >
                    <Trash />
                  </IconButton>
                )}
              </Flex>
              <Typography variant="omega" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {comment.body}
              </Typography>
            </Flex>
          </li>
        ))}
      </ol>
      <CommentForm documentId={documentId} />
      {removing.error && (
        <Button variant="ghost" size="S" onClick={() => removing.reset()}>
          {problemOf(removing.error)?.message}
        </Button>
      )}
    </Flex>
  );
};
