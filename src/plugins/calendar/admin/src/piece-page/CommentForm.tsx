import { Button, Combobox, ComboboxOption, Flex, Tag, Textarea, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { COMMENT_MAX_LENGTH, useGetAssigneesQuery, usePostCommentMutation, type Person } from '../api';
import { useProblemOf } from '../hooks/useProblemOf';
import { getTranslation } from '../utils/getTranslation';

/**
 * A new comment: text, and @mentions picked from the admin users (each gets a mail and sees the
 * comment in My work). Picking someone also writes "@Name" into the text.
 */
export const CommentForm = ({ documentId }: { documentId: string }) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(`panel.comments.${id}`), defaultMessage });
  const people = (useGetAssigneesQuery().data ?? []).filter((p): p is Person => Boolean(p));
  const [post, posting] = usePostCommentMutation();
  const problemOf = useProblemOf();
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<Person[]>([]);
  const [picker, setPicker] = useState<string | undefined>();

  const mention = (id: string | undefined) => {
    const person = people.find((p) => String(p.id) === id);
    setPicker(undefined);
    if (!person || mentions.some((m) => m.id === person.id)) return;
    setMentions([...mentions, person]);
    setBody((text) => `${text}${text && !/\s$/.test(text) ? ' ' : ''}@${person.name} `);
  };
  const submit = async () => {
    // Someone whose @name was deleted from the text is not mentioned (nor mailed) after all.
    const named = mentions.filter((m) => body.includes(`@${m.name}`));
    const result = await post({ documentId, body, mentions: named.map((m) => m.id) });
    if (!('error' in result)) {
      setBody('');
      setMentions([]);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Textarea
        aria-label={t('new', 'New comment')}
        placeholder={t('placeholder', 'Write a comment…')}
        value={body}
        maxLength={COMMENT_MAX_LENGTH}
        onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setBody(e.target.value)}
      />
      <Combobox
        aria-label={t('mention', 'Mention someone')}
        placeholder={t('mention', 'Mention someone')}
        value={picker}
        onChange={mention}
      >
        {people.map((p) => (
          <ComboboxOption key={p.id} value={String(p.id)}>
            {p.name}
          </ComboboxOption>
        ))}
      </Combobox>
      {mentions.length > 0 && (
        <Flex gap={1} wrap="wrap" data-testid="comment-mentions">
          {mentions.map((m) => (
            <Tag
              key={m.id}
              icon={<Cross aria-hidden />}
              label={t('unmention', 'Remove')}
              onClick={() => setMentions(mentions.filter((x) => x.id !== m.id))}
            >
              @{m.name}
            </Tag>
          ))}
        </Flex>
      )}
      {posting.error && (
        <Typography variant="pi" textColor="danger600" role="alert">
          {problemOf(posting.error)?.message}
        </Typography>
      )}
      <Flex justifyContent="flex-end">
        <Button size="S" disabled={!body.trim() || posting.isLoading} onClick={submit}>
          {t('post', 'Comment')}
        </Button>
      </Flex>
    </Flex>
  );
};
