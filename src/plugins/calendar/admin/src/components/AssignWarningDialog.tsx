import { Button, Dialog, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { minutesAsHours } from '../../../core/planning/workload';
import type { WorkloadCheck } from '../api';
import { getTranslation } from '../utils/getTranslation';

/**
 * Before an assignment is saved: the person is away in the week the work falls in, or the piece
 * would take them over their capacity. Nothing is saved until "Assign anyway".
 */
export const AssignWarningDialog = ({ warning, onAnswer }: { warning: WorkloadCheck | undefined; onAnswer: (yes: boolean) => void }) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(`assignWarning.${id}`), defaultMessage }, values);
  const name = warning?.person.name ?? '';
  const week = warning?.week?.week ?? 0;
  const kind = warning?.absences[0]?.kind ?? 'other';
  const away = {
    holiday: t('holiday', '{name} is on holiday in week {week}.', { name, week }),
    sick: t('sick', '{name} is on sick leave in week {week}.', { name, week }),
    training: t('training', '{name} is in training in week {week}.', { name, week }),
    other: t('other', '{name} is away in week {week}.', { name, week }),
  }[kind];
  return (
    <Dialog.Root open={Boolean(warning)} onOpenChange={(open: boolean) => !open && onAnswer(false)}>
      <Dialog.Content>
        <Dialog.Header>{t('title', 'Assign anyway?')}</Dialog.Header>
        <Dialog.Body>
          {warning && (
            <div data-testid="assign-warning">
              {warning.absentDays > 0 && (
                <Typography tag="p">
                  {away}{' '}
                  {warning.absentAllWeek
                    ? t('allWeek', 'Away all week.')
                    : t('days', 'Away {days} of {working} working days.', { days: warning.absentDays, working: warning.workingDays })}
                </Typography>
              )}
              {warning.overloaded && (
                <Typography tag="p">
                  {warning.percentAfter === null
                    ? t('noCapacity', 'This piece ({effort} h) would give them {after} h of work in week {week}, with no capacity left.', {
                        effort: minutesAsHours(warning.effortMinutes),
                        after: minutesAsHours(warning.afterMinutes),
                        week,
                      })
                    : t('overload', 'This piece ({effort} h) would put {name} at {percent} % in week {week}: {after} h of {capacity} h.', {
                        effort: minutesAsHours(warning.effortMinutes),
                        name,
                        percent: warning.percentAfter,
                        week,
                        after: minutesAsHours(warning.afterMinutes),
                        capacity: minutesAsHours(warning.capacityMinutes),
                      })}
                </Typography>
              )}
            </div>
          )}
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary" data-testid="assign-cancel">
              {t('cancel', 'Cancel')}
            </Button>
          </Dialog.Cancel>
          <Dialog.Action>
            <Button variant="danger-light" data-testid="assign-anyway" onClick={() => onAnswer(true)}>
              {t('confirm', 'Assign anyway')}
            </Button>
          </Dialog.Action>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
