// Which room a session is for: a group's live session, or an instant room of a signed-in account.
export type RoomTarget = { kind: 'group'; groupId: string } | { kind: 'instant'; roomId: string };

/** The server's room id for a target (a group's room is `g-<groupId>`, as the server names it). */
export const targetRoomId = (t: RoomTarget): string => (t.kind === 'group' ? `g-${t.groupId}` : t.roomId);

/** A group's live session (facilitated by the group's staff), not an instant room (kept by its host). */
export const isGroupRoomId = (roomId: string): boolean => roomId.startsWith('g-');

/** The group of a group's room id (`g-<groupId>`), or null for an instant room. */
export const groupIdOfRoomId = (roomId: string): string | null => (isGroupRoomId(roomId) ? roomId.slice(2) : null);
