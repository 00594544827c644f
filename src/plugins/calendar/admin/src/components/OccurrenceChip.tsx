import { Box, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowClockwise, Calendar } from '@strapi/icons';
import { useState, type DragEvent, type FocusEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';
import { pieceEditPath } from '../api/editorial';
import type { AdminOccurrence } from '../api/occurrences';
import { getTranslation } from '../utils/getTranslation';
import { LocaleBadge } from './LocaleBadge';

const STAGE_LETTER: Record<string, string> = { reach: 'R', act: 'A', convert: 'C', engage: 'E' };

/** One occurrence (or backlog piece): time, title, stage badge, language, recurring mark, channel colour. */
export const OccurrenceChip = ({
  item,
  time,
  color,
  draggable,
  onDragStart,
  onMove,
}: {
  item: AdminOccurrence;
  time?: string;
  /** The channel's colour; none: a neutral one. */
  color?: string;
  draggable: boolean;
  onDragStart?: (event: DragEvent) => void;
  /** Keyboard alternative to dragging. */
  onMove?: () => void;
}) => {
  const { formatMessage } = useIntl();
  const stage = formatMessage({ id: getTranslation(`stage.${item.funnelStage}`), defaultMessage: item.funnelStage });
  const status = formatMessage({ id: getTranslation(`editorial.${item.editorialStatus}`), defaultMessage: item.editorialStatus });
  const navigate = useNavigate();
  const { colors } = useTheme();
  // The version this occurrence is: the edit view opens in its language.
  const open = () => navigate(pieceEditPath(item.documentId, item.locale));
  // The move button is drawn while the chip is pointed at or has the focus: a month holds hundreds
  // of chips, and a design-system button with its tooltip on each costs more than the rest of the chip.
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const leave = (event: FocusEvent) => {
    // The window losing the focus keeps the button, so the focus is still on it on return.
    if (!document.hasFocus()) return;
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
  };
  return (
    <Box
      tag="div"
      draggable={draggable}
      onDragStart={onDragStart}
      data-piece={item.documentId}
      data-locale={item.locale}
      background={item.status === 'published' ? 'neutral0' : 'neutral100'}
      hasRadius
      paddingLeft={2}
      paddingRight={1}
      paddingTop={1}
      paddingBottom={1}
      shadow="filterShadow"
      style={{ borderLeft: `4px solid ${color ?? colors.neutral500}`, cursor: draggable ? 'grab' : 'default' }}
      title={`${item.title}\n${stage} · ${status}`}
      onMouseEnter={onMove && (() => setHovered(true))}
      onMouseLeave={onMove && (() => setHovered(false))}
      onFocus={onMove && (() => setFocused(true))}
      onBlur={onMove && leave}
    >
      <Flex gap={1} alignItems="center">
        <Typography variant="pi" fontWeight="bold" textColor="neutral600" aria-hidden>
          {STAGE_LETTER[item.funnelStage] ?? '?'}
        </Typography>
        {time && (
          <Typography variant="pi" textColor="neutral600">
            {time}
          </Typography>
        )}
        <Typography
          variant="pi"
          ellipsis
          style={{ flex: 1, cursor: 'pointer' }}
          role="link"
          tabIndex={0}
          aria-label={`${time ? `${time} ` : ''}${item.title} · ${stage} · ${status}`}
          onClick={open}
          onKeyDown={(e: React.KeyboardEvent) => e.key === 'Enter' && open()}
        >
          {item.title}
        </Typography>
        <LocaleBadge locale={item.locale} />
        {item.recurring && (
          <ArrowClockwise
            width="10px"
            height="10px"
            aria-label={formatMessage({ id: getTranslation('month.recurring'), defaultMessage: 'Recurring' })}
          />
        )}
        {onMove && (hovered || focused) && (
          <IconButton
            label={formatMessage({ id: getTranslation('month.moveTo'), defaultMessage: 'Move to another day' })}
            variant="ghost"
            size="XS"
            onClick={onMove}
            data-move={item.documentId}
          >
            <Calendar />
          </IconButton>
        )}
      </Flex>
    </Box>
  );
};
