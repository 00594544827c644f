import { Button, Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { EditorialStatus } from '../../../core/enums';
import { minutesAsHours } from '../../../core/planning/workload';
import { useCheckWorkloadQuery, usePublishNowMutation, useUnschedulePieceMutation, type PiecePanel } from '../api';
import { useProblemOf, type Problem } from '../hooks/useProblemOf';
import { useWorkflowMoves } from '../hooks/useWorkflowMoves';
import { formatInZone } from '../utils/format-in-zone';
import { getTranslation } from '../utils/getTranslation';

/**
 * The editorial state of the version the edit view shows and what may be done from here: the
 * workflow moves the server allows this viewer, and Publish now / Unschedule for those with the
 * publish right, each naming that version's locale (the panel's own `locale`). While the form has
 * unsaved changes the buttons wait, so a move never races the editor's own save.
 */
export const PanelWorkflow = ({ panel }: { panel: PiecePanel }) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(`panel.${id}`), defaultMessage }, values);
  const status = (s: EditorialStatus) => formatMessage({ id: getTranslation(`editorial.${s}`), defaultMessage: s });
  const modified = useForm('PanelWorkflow', (state) => state.modified, false) ?? false;
  const { move, busy, problem } = useWorkflowMoves();
  const [publishNow, publishing] = usePublishNowMutation();
  const [unschedule, unscheduling] = useUnschedulePieceMutation();
  const problemOf = useProblemOf();
  const [actionProblem, setActionProblem] = useState<Problem>();
  const run = async (action: Promise<{ error?: unknown } | { data: unknown }>) => {
    const result = await action;
    setActionProblem('error' in result ? problemOf(result.error) : undefined);
  };
  const when = (iso: string) => formatInZone(iso, panel.timeZone);
  const disabled = modified || Boolean(busy) || publishing.isLoading || unscheduling.isLoading;
  const shown = problem ?? actionProblem;
  // The assignee is chosen in the form: say when that puts them over capacity or in an absence.
  const check = useCheckWorkloadQuery(
    { assignee: panel.assignee?.id ?? 0, documentId: panel.documentId, locale: panel.locale },
    { skip: !panel.assignee }
  );
  const load = check.data?.warn ? check.data : undefined;

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="sigma" textColor="neutral600">
        {t('workflow', 'Editorial status')}
      </Typography>
      <Typography fontWeight="bold" data-testid="panel-status">
        {status(panel.editorialStatus)}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {panel.assignee ? t('assignee', 'Assignee: {name}', { name: panel.assignee.name }) : t('noAssignee', 'Nobody assigned')}
        {panel.dueAt ? ` · ${t('due', 'due {when}', { when: when(panel.dueAt) })}` : ''}
      </Typography>
      <Typography variant="pi" textColor="neutral600" data-testid="panel-effort">
        {panel.effortMinutes
          ? t('effort', 'Effort estimate: {hours} h', { hours: minutesAsHours(panel.effortMinutes) })
          : t('noEffort', 'No effort estimate')}
      </Typography>
      {load && (
        <Typography variant="pi" textColor="warning700" data-testid="panel-workload-warning">
          {load.absentDays > 0
            ? t('assigneeAway', '{name} is away {days} working day(s) in week {week}.', {
                name: load.person.name,
                days: String(load.absentDays),
                week: String(load.week?.week ?? ''),
              })
            : t('assigneeOverloaded', '{name} is at {percent} % in week {week}.', {
                name: load.person.name,
                percent: String(load.percentAfter ?? '–'),
                week: String(load.week?.week ?? ''),
              })}
        </Typography>
      )}
      <Flex gap={2} wrap="wrap">
        {panel.moves.map((to) => (
          <Button
            key={to}
            size="S"
            variant={to === 'approved' ? 'success-light' : 'secondary'}
            disabled={disabled}
            onClick={() => move(panel, { editorialStatus: to })}
          >
            {t('moveTo', 'To {status}', { status: status(to) })}
          </Button>
        ))}
      </Flex>
      {panel.canPublish && (
        <Flex gap={2} wrap="wrap">
          <Button
            size="S"
            variant="default"
            disabled={disabled || panel.editorialStatus !== 'approved'}
            onClick={() => run(publishNow({ documentId: panel.documentId, locale: panel.locale }))}
          >
            {t('publishNow', 'Publish now')}
          </Button>
          <Button
            size="S"
            variant="danger-light"
            disabled={disabled || panel.editorialStatus !== 'approved'}
            onClick={() => run(unschedule({ documentId: panel.documentId, locale: panel.locale }))}
          >
            {t('unschedule', 'Unschedule')}
          </Button>
        </Flex>
      )}
      {modified && (
        <Typography variant="pi" textColor="neutral600">
          {t('saveFirst', 'Save your changes to move or publish the piece from here.')}
        </Typography>
      )}
      {shown && (
        <Typography variant="pi" textColor="danger600" role="alert">
          {shown.message}
        </Typography>
      )}
    </Flex>
  );
};
