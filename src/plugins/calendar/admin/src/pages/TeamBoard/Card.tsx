import { Box, Button, Flex, IconButton, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowLeft, ArrowRight } from '@strapi/icons';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { pieceEditPath, stepFrom, type Assignee, type BoardCard } from '../../api/editorial';
import type { WorkflowMoves } from '../../hooks/useWorkflowMoves';
import { MovesMenu } from '../../components/MovesMenu';
import { PieceTags } from '../../components/PieceTags';
import { getTranslation } from '../../utils/getTranslation';
import { LocaleBadge } from '../../components/LocaleBadge';
import { PieceActivity } from '../../components/PieceActivity';

const NOBODY = 'none';

/** One language version of a piece on the board: what it is, who has it, when it is due, and (with plan) its moves. */
export const Card = ({
  card,
  zone,
  assignees,
  workflow,
  canPlan,
}: {
  card: BoardCard;
  zone: string;
  assignees: Assignee[];
  workflow: WorkflowMoves;
  canPlan: boolean;
}) => {
  const { formatMessage, formatDate } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const [showActivity, setShowActivity] = useState(false);
  const busy = workflow.isBusy(card);
  const back = stepFrom(card, -1);
  const forward = stepFrom(card, 1);
  const status = (s: string) => t(`editorial.${s}`, s);
  const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  // The card's assignee may have left the active users; keep them selectable so the select shows them.
  const people = card.assignee && !assignees.some((a) => a.id === card.assignee!.id) ? [...assignees, card.assignee] : assignees;

  return (
    <Box
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={3}
      data-card={card.documentId}
      data-locale={card.locale ?? undefined}
      data-status={card.editorialStatus}
    >
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Flex gap={2} alignItems="flex-start">
          <RouterLink to={pieceEditPath(card.documentId, card.locale)} style={{ flex: 1 }}>
            <Typography textColor="primary600" fontWeight="semiBold">
              {card.title}
            </Typography>
          </RouterLink>
          <LocaleBadge locale={card.locale} />
        </Flex>
        <PieceTags funnelStage={card.funnelStage} contentGoal={card.contentGoal} channels={card.channels} />
        {(card.dueAt || card.publishAt) && (
          <Typography variant="pi" textColor="neutral600">
            {[
              card.dueAt && t('team.dueAt', 'Due {date}', { date: when(card.dueAt) }),
              card.publishAt && t('team.publishAt', 'Publishes {date}', { date: when(card.publishAt) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
        )}
        {canPlan ? (
          <SingleSelect
            size="S"
            aria-label={t('team.assignee', 'Assignee')}
            value={card.assignee ? String(card.assignee.id) : NOBODY}
            disabled={busy}
            onChange={(value: string | number) => {
              const next = String(value) === NOBODY ? null : Number(value);
              if (next !== (card.assignee?.id ?? null)) void workflow.move(card, { assignee: next });
            }}
          >
            <SingleSelectOption value={NOBODY}>{t('team.nobody', 'Nobody')}</SingleSelectOption>
            {people.map((person) => (
              <SingleSelectOption key={person.id} value={String(person.id)}>
                {person.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        ) : (
          <Typography variant="pi">{card.assignee?.name ?? t('team.nobody', 'Nobody')}</Typography>
        )}
        <Flex gap={1} wrap="wrap" alignItems="center">
          {canPlan && back && (
            <Box data-move={back}>
              <IconButton
                size="S"
                variant="ghost"
                label={t('workflow.moveTo', 'Move to {status}', { status: status(back) })}
                disabled={busy}
                onClick={() => void workflow.move(card, { editorialStatus: back })}
              >
                <ArrowLeft />
              </IconButton>
            </Box>
          )}
          {canPlan && forward && (
            <Box data-move={forward}>
              <IconButton
                size="S"
                variant="ghost"
                label={t('workflow.moveTo', 'Move to {status}', { status: status(forward) })}
                disabled={busy}
                onClick={() => void workflow.move(card, { editorialStatus: forward })}
              >
                <ArrowRight />
              </IconButton>
            </Box>
          )}
          {canPlan && (
            <MovesMenu
              moves={card.moves}
              exclude={[back, forward]}
              disabled={busy}
              onMove={(s) => void workflow.move(card, { editorialStatus: s })}
            />
          )}
          <Button size="S" variant="ghost" aria-expanded={showActivity} onClick={() => setShowActivity(!showActivity)}>
            {t('team.activity', 'Activity')}
          </Button>
        </Flex>
        {/* Keyed on the version, so a change made here shows up in an open history. */}
        {showActivity && <PieceActivity key={card.updatedAt} documentId={card.documentId} locale={card.locale} zone={zone} />}
      </Flex>
    </Box>
  );
};
