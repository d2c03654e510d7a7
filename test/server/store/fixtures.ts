// Small builders for store tests: an account, a group with its organiser, a member.
import type { Account, Group, Membership, NewGroup, Store } from '../../../server/store/index';
import { hashToken } from '../../../server/store/hash';

let seq = 0;

export function uniqueEmail(): string {
  seq += 1;
  return `person${seq}@example.org`;
}

export function makeAccount(store: Store, over: Partial<Parameters<Store['accounts']['create']>[0]> = {}): Promise<Account> {
  return store.accounts.create({ email: uniqueEmail(), passwordHash: 'scrypt$test', displayName: 'Robin', ...over });
}

export const GROUP_SETTINGS = {
  name: 'Tuesday evening circle',
  description: 'A peer group for carers',
  focus: 'parenting',
  guidelines: 'What is said here stays here.',
  waitingRoom: true,
  talkingStick: false,
  turnSeconds: 120,
} as const satisfies Omit<NewGroup, 'createdBy'>;

export async function makeGroup(store: Store, createdBy: string, over: Partial<NewGroup> = {}): Promise<Group> {
  const group = await store.groups.create({ ...GROUP_SETTINGS, createdBy, ...over });
  if (!group) throw new Error('makeGroup: the creating account does not exist');
  return group;
}

/** A new account's group and its organiser membership. */
export async function makeGroupWithOrganiser(store: Store): Promise<{ owner: Account; group: Group; organiser: Membership }> {
  const owner = await makeAccount(store);
  const group = await makeGroup(store, owner.id);
  const organiser = await store.memberships.byGroupAndAccount(group.id, owner.id);
  if (!organiser) throw new Error('makeGroupWithOrganiser: the group has no organiser membership');
  return { owner, group, organiser };
}

export function makeMember(store: Store, groupId: string, pseudonym: string, credential = `cred-${pseudonym}-${Math.random()}`): Promise<Membership> {
  return store.memberships.addMember({ groupId, pseudonym, credentialHash: hashToken(credential), acceptedGuidelines: true });
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
