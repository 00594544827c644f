/**
 * How a planner asks for a move: drag and drop, or the keyboard's "move to another day" dialog;
 * a recurring occurrence first asks whether to move it alone or the whole series. Also which day
 * the quick-create dialog is open for. The saves themselves are `moves`.
 */
import { useState, type DragEvent } from 'react';
import { seriesMove, type Moving } from '../utils/calendarMoves';
import type { useCalendarMoves } from './useCalendarMoves';

export function useMoveGestures({
  canPlan,
  today,
  zone,
  moves,
}: {
  canPlan: boolean;
  today: string;
  zone: string;
  moves: ReturnType<typeof useCalendarMoves>;
}) {
  const [dragging, setDragging] = useState<Moving>();
  const [askSeries, setAskSeries] = useState<{ moving: Moving; date: string }>();
  const [moveTarget, setMoveTarget] = useState<Moving>();
  const [creating, setCreating] = useState<string>();

  const drop = (m: Moving, date: string) => {
    if (m.item.recurring && m.local) setAskSeries({ moving: m, date });
    else void moves.schedule(m, date);
  };

  /** Props for a piece that can be dragged (or moved with the keyboard). */
  const dragSource = (m: Moving) => ({
    draggable: canPlan,
    onDragStart: (event: DragEvent) => {
      event.dataTransfer.setData('text/plain', m.item.documentId);
      event.dataTransfer.effectAllowed = 'move';
      setDragging(m);
    },
    onMove: canPlan ? () => setMoveTarget(m) : undefined,
  });

  /** Props for a day that accepts a dragged piece. */
  const dropTarget = (date: string) => ({
    onDragOver: (e: DragEvent) => {
      if (canPlan && dragging) {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
      }
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      if (dragging) drop(dragging, date);
      setDragging(undefined);
    },
  });

  return {
    dragSource,
    dropTarget,
    startCreate: setCreating,
    create: {
      date: creating,
      onClose: () => setCreating(undefined),
    },
    series: askSeries && {
      canMoveSeries: seriesMove(askSeries.moving, askSeries.date, zone) !== null,
      onSeries: () => (void moves.moveSeries(askSeries.moving, askSeries.date), setAskSeries(undefined)),
      onOccurrence: () => (void moves.detach(askSeries.moving, askSeries.date), setAskSeries(undefined)),
    },
    closeSeries: () => setAskSeries(undefined),
    move: moveTarget && {
      title: moveTarget.item.title,
      initialDate: moveTarget.local?.slice(0, 10) ?? today,
      onMove: (date: string) => (drop(moveTarget, date), setMoveTarget(undefined)),
    },
    closeMove: () => setMoveTarget(undefined),
  };
}
