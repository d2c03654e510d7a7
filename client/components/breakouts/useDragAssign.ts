// Drag and drop in the plan: a pointer shortcut beside each person's room select (which stays the
// accessible way). A person is dragged by their name; a room takes the drop only when it would move
// them, shows it while dragged over, and assigns through the same path as the select.
import { useState, type DragEvent } from 'react';

const FORMAT = 'text/plain';

export interface DragAssign {
  /** The person being dragged, if any. */
  dragging: string | null;
  /** The room a person is dragged over (highlighted), if any. */
  over: string | null;
  /** Props for a person's drag handle. */
  source: (peerId: string) => {
    draggable: true;
    onDragStart: (e: DragEvent) => void;
    onDragEnd: () => void;
  };
  /** Props for a room (or the main room) that takes a drop. */
  target: (roomId: string) => {
    onDragOver: (e: DragEvent) => void;
    onDragLeave: (e: DragEvent) => void;
    onDrop: (e: DragEvent) => void;
  };
}

/** `roomOf(peerId)` is where the person is now; `assign(peerId, roomId)` moves them. */
export function useDragAssign(roomOf: (peerId: string) => string, assign: (peerId: string, roomId: string) => void): DragAssign {
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const end = () => {
    setDragging(null);
    setOver(null);
  };
  // Only a person dragged from this plan, to a room they are not in already.
  const moves = (peerId: string | null, roomId: string): peerId is string => peerId !== null && peerId === dragging && roomOf(peerId) !== roomId;

  return {
    dragging,
    over,
    source: (peerId) => ({
      draggable: true,
      onDragStart: (e) => {
        e.dataTransfer.setData(FORMAT, peerId);
        e.dataTransfer.effectAllowed = 'move';
        setDragging(peerId);
      },
      onDragEnd: end,
    }),
    target: (roomId) => ({
      onDragOver: (e) => {
        if (!moves(dragging, roomId)) return; // no preventDefault: the browser shows "no drop"
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(roomId);
      },
      onDragLeave: (e) => {
        // Moving onto a name or select inside the room is not leaving it.
        if (e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)) return;
        setOver((o) => (o === roomId ? null : o));
      },
      onDrop: (e) => {
        e.preventDefault();
        const peerId = e.dataTransfer.getData(FORMAT);
        const valid = moves(peerId, roomId);
        end();
        if (valid) assign(peerId, roomId);
      },
    }),
  };
}
