import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { ABSENCE_KINDS, type AbsenceKind } from '../../../../core/planning/workload';
import { useCreateAbsenceMutation, useGetCapacitiesQuery, useSetCapacityMutation } from '../../api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useProblemOf, type Problem } from '../../hooks/useProblemOf';
import { getTranslation } from '../../utils/getTranslation';

/** Hours typed as 37,5 or 37.5 → whole minutes; anything else is null. */
const minutesOf = (hours: string) => {
  const n = Number(hours.trim().replace(',', '.'));
  return hours.trim() && Number.isFinite(n) && n >= 0 && n <= 168 ? Math.round(n * 60) : null;
};

/** Set a person's weekly hours (planners) and record an absence (one's own, or anyone's for planners). */
export const CapacityForms = ({ canPlan, me }: { canPlan: boolean; me: number | undefined }) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(`workload.${id}`), defaultMessage });
  const capacities = useGetCapacitiesQuery();
  const [setCapacity, settingCapacity] = useSetCapacityMutation();
  const [createAbsence, creating] = useCreateAbsenceMutation();
  const problemOf = useProblemOf();
  const [problem, setProblem] = useState<Problem>();
  const [saved, setSaved] = useState<string>();
  const people = capacities.data?.people ?? [];
  const [capacityUser, setCapacityUser] = useState<string>('');
  const [hours, setHours] = useState('');
  const [absenceUser, setAbsenceUser] = useState<string>('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [kind, setKind] = useState<AbsenceKind>('holiday');
  const [note, setNote] = useState('');
  const chosen = people.find((p) => String(p.person.id) === capacityUser);
  const absenceFor = absenceUser || (me ? String(me) : '');

  const done = (result: { error?: unknown } | { data: unknown }, message: string) => {
    const found = 'error' in result ? problemOf(result.error) : undefined;
    setProblem(found);
    setSaved(found ? undefined : message);
    return !found;
  };

  const submitCapacity = async (e: FormEvent) => {
    e.preventDefault();
    const weeklyMinutes = minutesOf(hours);
    if (!chosen || weeklyMinutes === null)
      return setProblem({ status: undefined, message: t('hoursInvalid', 'Weekly hours must be a number from 0 to 168.') });
    done(
      await setCapacity({ userId: chosen.person.id, weeklyMinutes, expectedUpdatedAt: chosen.updatedAt }),
      t('capacitySaved', 'Capacity saved.')
    );
  };

  const submitAbsence = async (e: FormEvent) => {
    e.preventDefault();
    const ok = done(
      await createAbsence({ user: Number(absenceFor), startDate, endDate, kind, note: note.trim() || null }),
      t('absenceSaved', 'Absence saved.')
    );
    if (ok) setNote('');
  };

  const personOptions = (only?: number) =>
    people
      .filter((p) => only === undefined || p.person.id === only)
      .map((p) => (
        <SingleSelectOption key={p.person.id} value={String(p.person.id)}>
          {p.person.name}
        </SingleSelectOption>
      ));

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} testId="capacity-problem" />
      {saved && (
        <Typography textColor="success600" role="status">
          {saved}
        </Typography>
      )}
      <Flex gap={6} alignItems="flex-start" wrap="wrap">
        {canPlan && (
          <Box tag="form" onSubmit={submitCapacity} aria-labelledby="capacity-form" data-testid="capacity-form">
            <Typography variant="delta" tag="h2" id="capacity-form">
              {t('capacityTitle', 'Weekly capacity')}
            </Typography>
            <Flex gap={2} alignItems="flex-end" paddingTop={2} wrap="wrap">
              <Box width="220px">
                <Field.Root name="capacity-person">
                  <Field.Label>{t('person', 'Person')}</Field.Label>
                  <SingleSelect
                    value={capacityUser}
                    onChange={(v: string | number) => {
                      setCapacityUser(String(v));
                      const p = people.find((x) => String(x.person.id) === String(v));
                      if (p) setHours(String(p.weeklyMinutes / 60));
                    }}
                  >
                    {personOptions()}
                  </SingleSelect>
                </Field.Root>
              </Box>
              <Field.Root name="capacity-hours">
                <Field.Label>{t('hoursPerWeek', 'Hours per week')}</Field.Label>
                <TextInput value={hours} inputMode="decimal" onChange={(e: { target: { value: string } }) => setHours(e.target.value)} />
              </Field.Root>
              <Button type="submit" loading={settingCapacity.isLoading} disabled={!chosen}>
                {t('saveCapacity', 'Save capacity')}
              </Button>
            </Flex>
          </Box>
        )}
        <Box tag="form" onSubmit={submitAbsence} aria-labelledby="absence-form" data-testid="absence-form">
          <Typography variant="delta" tag="h2" id="absence-form">
            {t('absenceTitle', 'Add an absence')}
          </Typography>
          <Flex gap={2} alignItems="flex-end" paddingTop={2} wrap="wrap">
            <Box width="220px">
              <Field.Root name="absence-person">
                <Field.Label>{t('person', 'Person')}</Field.Label>
                <SingleSelect value={absenceFor} onChange={(v: string | number) => setAbsenceUser(String(v))}>
                  {personOptions(canPlan ? undefined : me)}
                </SingleSelect>
              </Field.Root>
            </Box>
            <Field.Root name="absence-start">
              <Field.Label>{t('startDate', 'First day')}</Field.Label>
              <TextInput type="date" value={startDate} onChange={(e: { target: { value: string } }) => setStartDate(e.target.value)} />
            </Field.Root>
            <Field.Root name="absence-end">
              <Field.Label>{t('endDate', 'Last day')}</Field.Label>
              <TextInput type="date" value={endDate} onChange={(e: { target: { value: string } }) => setEndDate(e.target.value)} />
            </Field.Root>
            <Box width="220px">
              <Field.Root name="absence-kind">
                <Field.Label>{t('kind', 'Kind')}</Field.Label>
                <SingleSelect value={kind} onChange={(v: string | number) => setKind(String(v) as AbsenceKind)}>
                  {ABSENCE_KINDS.map((k) => (
                    <SingleSelectOption key={k} value={k}>
                      {t(`kind.${k}`, k)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            <Field.Root name="absence-note">
              <Field.Label>{t('note', 'Note')}</Field.Label>
              <TextInput value={note} onChange={(e: { target: { value: string } }) => setNote(e.target.value)} />
            </Field.Root>
            <Button type="submit" loading={creating.isLoading} disabled={!absenceFor || !startDate || !endDate}>
              {t('saveAbsence', 'Save absence')}
            </Button>
          </Flex>
        </Box>
      </Flex>
    </Flex>
  );
};
