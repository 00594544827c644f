import { Badge, Box, Button, Field, Flex, TextInput, Textarea, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { canLogYet, type AgendaOccurrence, type LogInput } from '../api/community';
import type { WorkLogging } from '../hooks/useWorkLogging';
import { getTranslation } from '../utils/getTranslation';

/** '' is "not recorded" (null), anything else the number typed; the server checks the range. */
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));

const NumberField = ({ name, label, value, onChange }: { name: string; label: string; value: string; onChange: (v: string) => void }) => (
  <Box width="120px">
    <Field.Root name={name}>
      <Field.Label>{label}</Field.Label>
      <TextInput
        type="number"
        min={0}
        size="S"
        name={name}
        value={value}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
      />
    </Field.Root>
  </Box>
);

/**
 * One task occurrence's log: when logged, what was logged and an undo; otherwise minutes (the
 * task's estimate to start with) and one-click Done / Skip. With `extras`, "More" opens the
 * optional interactions, first-response time and note.
 */
export const OccurrenceLogger = ({
  occurrence: o,
  logging,
  canLog,
  extras = false,
}: {
  occurrence: AgendaOccurrence;
  logging: WorkLogging;
  canLog: boolean;
  extras?: boolean;
}) => {
  const { formatMessage, formatDate } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(`log.${id}`), defaultMessage }, values);
  const [minutes, setMinutes] = useState(String(o.task.estimateMinutes ?? ''));
  const [interactions, setInteractions] = useState('');
  const [firstResponse, setFirstResponse] = useState('');
  const [note, setNote] = useState('');
  const [open, setOpen] = useState(false);
  const busy = logging.busy === logging.keyOf(o);

  if (o.log) {
    const log = o.log;
    return (
      <Flex gap={2} wrap="wrap" alignItems="center" data-logged={log.status}>
        <Badge
          backgroundColor={log.status === 'done' ? 'success100' : 'neutral150'}
          textColor={log.status === 'done' ? 'success700' : 'neutral700'}
        >
          {t(`status.${log.status}`, log.status)}
        </Badge>
        <Typography variant="pi" textColor="neutral600">
          {[
            log.minutesSpent !== null ? t('minutesShort', '{minutes} min', { minutes: log.minutesSpent }) : null,
            log.interactionsHandled !== null ? t('interactionsShort', '{count} interactions', { count: log.interactionsHandled }) : null,
            log.loggedBy?.name,
            log.loggedAt ? formatDate(log.loggedAt, { dateStyle: 'short', timeStyle: 'short' }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
        {canLog && (
          <Button variant="tertiary" size="S" loading={busy} onClick={() => void logging.undo(o)}>
            {t('undo', 'Undo')}
          </Button>
        )}
      </Flex>
    );
  }

  if (!canLog) return null;
  // Inputs that cannot be used yet would only be noise in a week's list.
  if (!canLogYet(o)) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {t('tooEarly', 'Can be logged from a day before.')}
      </Typography>
    );
  }
  const submit = (status: LogInput['status']) =>
    void logging.log(o, {
      status,
      minutesSpent: numberOrNull(minutes),
      ...(extras
        ? { interactionsHandled: numberOrNull(interactions), firstResponseMinutes: numberOrNull(firstResponse), note: note.trim() || null }
        : {}),
    });

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Flex gap={2} wrap="wrap" alignItems="flex-end">
        <NumberField name="minutesSpent" label={t('minutes', 'Minutes')} value={minutes} onChange={setMinutes} />
        <Button size="S" loading={busy} onClick={() => submit('done')}>
          {t('done', 'Done')}
        </Button>
        <Button size="S" variant="secondary" disabled={busy} onClick={() => submit('skipped')}>
          {t('skip', 'Skip')}
        </Button>
        {extras && (
          <Button size="S" variant="tertiary" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('less', 'Less') : t('more', 'More')}
          </Button>
        )}
      </Flex>
      {extras && open && (
        <Flex gap={2} wrap="wrap" alignItems="flex-start">
          <NumberField
            name="interactionsHandled"
            label={t('interactions', 'Interactions')}
            value={interactions}
            onChange={setInteractions}
          />
          <NumberField
            name="firstResponseMinutes"
            label={t('firstResponse', 'First response (min)')}
            value={firstResponse}
            onChange={setFirstResponse}
          />
          <Box flex="1" minWidth="200px">
            <Field.Root name="note">
              <Field.Label>{t('note', 'Note')}</Field.Label>
              <Textarea
                name="note"
                rows={2}
                value={note}
                onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)}
              />
            </Field.Root>
          </Box>
        </Flex>
      )}
    </Flex>
  );
};
