// The store as the app sees it: every repository bound to one database and one clock, so
// callers pass `store` around instead of `db` and `now`. transaction() gives the same API
// inside one database transaction.
import type { Kysely } from 'kysely';
import * as accounts from './accounts';
import * as authSessions from './authSessions';
import * as availability from './availability';
import * as breakoutPlans from './breakoutPlans';
import * as calendarFeeds from './calendarFeeds';
import type { DatabaseHandle } from './db';
import * as groups from './groups';
import * as invites from './invites';
import * as memberships from './memberships';
import type { Database } from './schema';
import * as secrets from './secrets';
import * as series from './series';
import * as liveSessions from './liveSessions';
import { inTransaction } from './transaction';

export interface Store {
  accounts: {
    create(input: accounts.NewAccount): Promise<accounts.Account>;
    byEmail(email: string): Promise<accounts.Account | undefined>;
    byId(id: string): Promise<accounts.Account | undefined>;
    count(): Promise<number>;
    setPassword(id: string, passwordHash: string): Promise<boolean>;
    list(): Promise<accounts.AccountSummary[]>;
  };
  authSessions: {
    create(input: { idHash: string; accountId: string; ttlMs: number }): Promise<authSessions.AuthSession>;
    find(idHash: string): Promise<authSessions.AuthSession | undefined>;
    touch(idHash: string, opts?: { ttlMs?: number }): Promise<authSessions.AuthSession | undefined>;
    delete(idHash: string): Promise<boolean>;
    deleteForAccount(accountId: string, opts?: { except?: string }): Promise<number>;
    purgeExpired(): Promise<number>;
  };
  groups: {
    create(input: groups.NewGroup): Promise<groups.Group | undefined>;
    update(id: string, changes: Partial<groups.GroupSettings>): Promise<groups.Group | undefined>;
    byId(id: string): Promise<groups.Group | undefined>;
    listForAccount(accountId: string): Promise<groups.GroupWithRole[]>;
    delete(id: string): Promise<boolean>;
  };
  memberships: {
    addStaff(input: memberships.NewStaff): Promise<memberships.Membership>;
    addMember(input: memberships.NewMember): Promise<memberships.Membership>;
    byId(id: string): Promise<memberships.Membership | undefined>;
    byCredentialHash(credentialHash: string): Promise<memberships.Membership | undefined>;
    byGroupAndAccount(groupId: string, accountId: string): Promise<memberships.Membership | undefined>;
    listForGroup(groupId: string): Promise<memberships.Membership[]>;
    remove(groupId: string, membershipId: string): Promise<boolean>;
    isPseudonymTaken(groupId: string, pseudonym: string): Promise<boolean>;
    setRole(groupId: string, membershipId: string, role: memberships.Membership['role']): Promise<memberships.Membership | undefined>;
  };
  invites: {
    create(input: invites.NewInvite): Promise<invites.Invite>;
    byTokenHash(tokenHash: string): Promise<invites.Invite | undefined>;
    listForGroup(groupId: string): Promise<invites.Invite[]>;
    revoke(groupId: string, inviteId: string): Promise<boolean>;
    consume(tokenHash: string): Promise<invites.ConsumeResult>;
  };
  secrets: {
    getOrCreate(name: string, generate: () => string): Promise<string>;
  };
  liveSessions: {
    save(roomId: string, session: Omit<liveSessions.SavedSession, 'updatedAt'>): Promise<void>;
    load(roomId: string, notBefore: number): Promise<liveSessions.SavedSession | undefined>;
    remove(roomId: string): Promise<void>;
  };
  series: {
    create(input: series.NewSeries): Promise<series.SeriesRecord>;
    byId(groupId: string, id: string): Promise<series.SeriesRecord | undefined>;
    listForGroup(groupId: string): Promise<series.SeriesList>;
    modify(groupId: string, id: string, change: (current: series.SeriesRecord) => series.SeriesChanges): Promise<series.SeriesRecord | undefined>;
    remove(groupId: string, id: string): Promise<boolean>;
  };
  calendarFeeds: {
    replace(input: calendarFeeds.NewCalendarFeed): Promise<calendarFeeds.CalendarFeed>;
    byMembership(membershipId: string): Promise<calendarFeeds.CalendarFeed | undefined>;
    byTokenHash(tokenHash: string): Promise<calendarFeeds.FeedOwner | undefined>;
    remove(membershipId: string): Promise<boolean>;
  };
  availability: {
    set(membershipId: string, value: availability.AvailabilityInput): Promise<availability.AvailabilityRecord>;
    byMembership(membershipId: string): Promise<availability.AvailabilityRecord | undefined>;
    listForGroup(groupId: string): Promise<availability.GroupAvailability>;
    remove(membershipId: string): Promise<boolean>;
  };
  breakoutPlans: {
    save(seriesId: string, slot: string, plan: breakoutPlans.BreakoutPlanInput): Promise<breakoutPlans.BreakoutPlanRecord>;
    bySlot(seriesId: string, slot: string): Promise<breakoutPlans.BreakoutPlanRead>;
    listForGroup(groupId: string): Promise<{ plans: breakoutPlans.BreakoutPlanRecord[]; damaged: string[] }>;
    markOpened(seriesId: string, slot: string): Promise<boolean>;
    remove(seriesId: string, slot: string): Promise<boolean>;
  };
  /** Runs `work` in one transaction: all its writes land, or none (it rolls back on a throw). */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
}

function bind(db: Kysely<Database>, now: () => number): Store {
  return {
    accounts: {
      create: (input) => accounts.create(db, input, now),
      byEmail: (email) => accounts.byEmail(db, email),
      byId: (id) => accounts.byId(db, id),
      count: () => accounts.count(db),
      setPassword: (id, hash) => accounts.setPassword(db, id, hash, now),
      list: () => accounts.list(db),
    },
    authSessions: {
      create: (input) => authSessions.create(db, input, now),
      find: (idHash) => authSessions.find(db, idHash, now),
      touch: (idHash, opts) => authSessions.touch(db, idHash, now, opts),
      delete: (idHash) => authSessions.remove(db, idHash),
      deleteForAccount: (accountId, opts) => authSessions.deleteForAccount(db, accountId, opts),
      purgeExpired: () => authSessions.purgeExpired(db, now),
    },
    groups: {
      create: (input) => groups.create(db, input, now),
      update: (id, changes) => groups.update(db, id, changes),
      byId: (id) => groups.byId(db, id),
      listForAccount: (accountId) => groups.listForAccount(db, accountId),
      delete: (id) => groups.remove(db, id),
    },
    memberships: {
      addStaff: (input) => memberships.addStaff(db, input, now),
      addMember: (input) => memberships.addMember(db, input, now),
      byId: (id) => memberships.byId(db, id),
      byCredentialHash: (hash) => memberships.byCredentialHash(db, hash),
      byGroupAndAccount: (groupId, accountId) => memberships.byGroupAndAccount(db, groupId, accountId),
      listForGroup: (groupId) => memberships.listForGroup(db, groupId),
      remove: (groupId, id) => memberships.remove(db, groupId, id),
      isPseudonymTaken: (groupId, pseudonym) => memberships.isPseudonymTaken(db, groupId, pseudonym),
      setRole: (groupId, id, role) => memberships.setRole(db, groupId, id, role),
    },
    invites: {
      create: (input) => invites.create(db, input, now),
      byTokenHash: (hash) => invites.byTokenHash(db, hash),
      listForGroup: (groupId) => invites.listForGroup(db, groupId),
      revoke: (groupId, id) => invites.revoke(db, groupId, id, now),
      consume: (hash) => invites.consume(db, hash, now),
    },
    secrets: {
      getOrCreate: (name, generate) => secrets.getOrCreate(db, name, generate),
    },
    liveSessions: {
      save: (roomId, session) => liveSessions.save(db, roomId, session, now),
      load: (roomId, notBefore) => liveSessions.load(db, roomId, notBefore),
      remove: (roomId) => liveSessions.remove(db, roomId),
    },
    series: {
      create: (input) => series.create(db, input, now),
      byId: (groupId, id) => series.byId(db, groupId, id),
      listForGroup: (groupId) => series.listForGroup(db, groupId),
      modify: (groupId, id, change) => series.modify(db, groupId, id, change, now),
      remove: (groupId, id) => series.remove(db, groupId, id),
    },
    calendarFeeds: {
      replace: (input) => calendarFeeds.replace(db, input, now),
      byMembership: (membershipId) => calendarFeeds.byMembership(db, membershipId),
      byTokenHash: (hash) => calendarFeeds.byTokenHash(db, hash),
      remove: (membershipId) => calendarFeeds.remove(db, membershipId),
    },
    availability: {
      set: (membershipId, value) => availability.set(db, membershipId, value, now),
      byMembership: (membershipId) => availability.byMembership(db, membershipId),
      listForGroup: (groupId) => availability.listForGroup(db, groupId),
      remove: (membershipId) => availability.remove(db, membershipId),
    },
    breakoutPlans: {
      save: (seriesId, slot, plan) => breakoutPlans.save(db, seriesId, slot, plan, now),
      bySlot: (seriesId, slot) => breakoutPlans.bySlot(db, seriesId, slot),
      listForGroup: (groupId) => breakoutPlans.listForGroup(db, groupId),
      markOpened: (seriesId, slot) => breakoutPlans.markOpened(db, seriesId, slot, now()),
      remove: (seriesId, slot) => breakoutPlans.remove(db, seriesId, slot),
    },
    transaction: (work) => inTransaction(db, (trx) => work(bind(trx, now))),
  };
}

/** The store over an open database; `now` defaults to the handle's clock. */
export function createStore(handle: DatabaseHandle, now: () => number = handle.now): Store {
  return bind(handle.db, now);
}

export { openDatabase, describeDatabase, type DatabaseHandle, type Dialect } from './db';
export { StoreConflict, type UniqueConstraint } from './errors';
export { hashToken } from './hash';
export { normaliseEmail, normalisePseudonym } from './normalise';
export * from './schema';
export type { Account, AccountSummary, NewAccount } from './accounts';
export type { AuthSession } from './authSessions';
export type { SavedSession } from './liveSessions';
export type { Group, GroupSettings, GroupWithRole, NewGroup } from './groups';
export type { ConsumeResult, Invite, NewInvite } from './invites';
export type { Membership, NewMember, NewStaff } from './memberships';
export type { NewSeries, SeriesChanges, SeriesList, SeriesRecord } from './series';
export type { CalendarFeed, FeedOwner, NewCalendarFeed } from './calendarFeeds';
export type { AvailabilityInput, AvailabilityRecord, GroupAvailability, SharedAvailability } from './availability';
export type { BreakoutPlanInput, BreakoutPlanRead, BreakoutPlanRecord } from './breakoutPlans';
