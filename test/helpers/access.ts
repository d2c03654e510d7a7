// Real join tokens for integration tests: people are created in the server's own database and the
// token is signed by the server's own key, so the socket handshake runs exactly as in production.
import { randomUUID } from 'node:crypto';
import type { RunningServer } from '../../server/app';
import { groupRoomId } from '../../server/auth/joinTokens';

/** A signed-in account's token for an instant room; the account shows in the room as `name`. */
export async function instantRoomToken(server: RunningServer, roomId: string, name: string): Promise<string> {
  const account = await server.store.accounts.create({
    email: `${randomUUID()}@test.invalid`,
    passwordHash: 'not-a-real-hash',
    displayName: name,
  });
  return (await server.joinTokens.sign({ subject: { kind: 'account', accountId: account.id }, roomId })).token;
}

export interface SeededGroup {
  groupId: string;
  roomId: string;
  /** A fresh member (pseudonym `name`) and a token for the group's live session. */
  addMember(name: string): Promise<{ membershipId: string; token: string }>;
  /** A fresh facilitator or co-facilitator account in this group, and a token for the live session. */
  addStaff(name: string, role: 'facilitator' | 'co_facilitator'): Promise<{ membershipId: string; token: string }>;
}

export interface SessionSettings {
  waitingRoom?: boolean;
  talkingStick?: boolean;
  turnSeconds?: number;
}

/** A group with an organiser; members and staff are added on demand. Default: no waiting room, open floor. */
export async function seedGroup(server: RunningServer, name = 'Tuesday circle', settings: SessionSettings = {}): Promise<SeededGroup> {
  const organiser = await server.store.accounts.create({ email: `${randomUUID()}@test.invalid`, passwordHash: 'x', displayName: 'Org' });
  const group = await server.store.groups.create({
    createdBy: organiser.id,
    name,
    description: '',
    focus: 'grief',
    guidelines: 'Be kind.',
    waitingRoom: settings.waitingRoom ?? false,
    talkingStick: settings.talkingStick ?? false,
    turnSeconds: settings.turnSeconds ?? 120,
  });
  if (!group) throw new Error('could not create the test group');
  const roomId = groupRoomId(group.id);
  return {
    groupId: group.id,
    roomId,
    async addMember(pseudonym) {
      const m = await server.store.memberships.addMember({ groupId: group.id, pseudonym, credentialHash: randomUUID(), acceptedGuidelines: true });
      const { token } = await server.joinTokens.sign({ subject: { kind: 'membership', membershipId: m.id, groupId: group.id }, roomId });
      return { membershipId: m.id, token };
    },
    async addStaff(pseudonym, role) {
      const account = await server.store.accounts.create({ email: `${randomUUID()}@test.invalid`, passwordHash: 'x', displayName: pseudonym });
      const m = await server.store.memberships.addStaff({ groupId: group.id, accountId: account.id, role, pseudonym });
      const { token } = await server.joinTokens.sign({ subject: { kind: 'membership', membershipId: m.id, groupId: group.id }, roomId });
      return { membershipId: m.id, token };
    },
  };
}
