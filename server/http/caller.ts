// Who is calling: the account of the session cookie, the memberships of the member credentials in
// the member cookie, and the guest pass (checked by the routes that read it). Resolved once per
// request; cookie changes made by handlers (sign in, join, leave, accept a guest link) are collected
// here and written once, before the answer goes out.
import type { Request, Response } from 'express';
import { resumeSession } from '../auth/sessions';
import { hashToken } from '../auth/tokens';
import type { Account, Membership, Store } from '../store';
import { clearSessionCookie, MAX_MEMBER_CREDENTIALS, readCookies, setGuestCookie, setMemberCookie, setSessionCookie } from './cookies';

export interface HeldMembership {
  credential: string;
  membership: Membership;
}

export class Caller {
  private held: Promise<HeldMembership[]> | undefined;
  private sessionChange: { kind: 'set'; token: string } | { kind: 'clear' } | undefined;
  private membersChanged = false;
  private guestCookie: string | undefined;
  private newGuestPass: string | undefined;

  private constructor(
    private readonly store: Store,
    /** The signed-in account, if any. */
    public account: Account | undefined,
    /** The session cookie's token while it is valid. */
    public sessionToken: string | undefined,
    private credentials: string[],
  ) {}

  static async resolve(req: Request, store: Store, now: () => number): Promise<Caller> {
    const cookies = readCookies(req);
    const signedIn = cookies.session ? await resumeSession(store, cookies.session, now) : undefined;
    const caller = new Caller(store, signedIn?.account, signedIn ? cookies.session : undefined, cookies.members);
    caller.guestCookie = cookies.guest;
    // A dead session cookie is cleared; a slid one is sent again with its new lifetime.
    if (cookies.session && !signedIn) caller.sessionChange = { kind: 'clear' };
    if (signedIn?.renewed && cookies.session) caller.sessionChange = { kind: 'set', token: cookies.session };
    return caller;
  }

  /** Memberships the member cookie's credentials still open; dead credentials drop out of the cookie. */
  memberships(): Promise<HeldMembership[]> {
    return (this.held ??= (async () => {
      const found = await Promise.all(
        this.credentials.map(async (credential) => ({ credential, membership: await this.store.memberships.byCredentialHash(hashToken(credential)) })),
      );
      const alive = found.filter((f): f is HeldMembership => f.membership !== undefined);
      if (alive.length !== this.credentials.length) {
        this.credentials = alive.map((a) => a.credential);
        this.membersChanged = true;
      }
      return alive;
    })());
  }

  /** The caller's membership in a group: the account's staff membership first, else a member credential's. */
  async membershipIn(groupId: string): Promise<Membership | undefined> {
    if (this.account) {
      const staff = await this.store.memberships.byGroupAndAccount(groupId, this.account.id);
      if (staff) return staff;
    }
    return (await this.memberships()).find((h) => h.membership.groupId === groupId)?.membership;
  }

  /** Nobody at all: no account and no member credential that still works. */
  async isAnonymous(): Promise<boolean> {
    return !this.account && (await this.memberships()).length === 0;
  }

  /** Whether the member cookie has room for one more group. */
  async canHoldAnotherCredential(): Promise<boolean> {
    return (await this.memberships()).length < MAX_MEMBER_CREDENTIALS;
  }

  signIn(account: Account, token: string): void {
    this.account = account;
    this.sessionToken = token;
    this.sessionChange = { kind: 'set', token };
  }

  signOut(): void {
    this.account = undefined;
    this.sessionToken = undefined;
    this.sessionChange = { kind: 'clear' };
  }

  /** The guest cookie's pass, unverified: routes check it with server/auth/guestLinks.ts readPass. */
  get guestPass(): string | undefined {
    return this.newGuestPass ?? this.guestCookie;
  }

  /** Gives this browser a guest pass, replacing any it held. */
  setGuestPass(pass: string): void {
    this.newGuestPass = pass;
  }

  addCredential(credential: string, membership: Membership): void {
    this.updateHeld((list) => [...list.filter((h) => h.credential !== credential), { credential, membership }]);
  }

  dropMembership(membershipId: string): void {
    this.updateHeld((list) => list.filter((h) => h.membership.id !== membershipId));
  }

  private updateHeld(change: (list: HeldMembership[]) => HeldMembership[]): void {
    this.held = this.memberships().then((list) => {
      const next = change(list);
      this.credentials = next.map((h) => h.credential);
      return next;
    });
    this.membersChanged = true;
  }

  /** Sends the cookies this request changed. Call once, before the answer. */
  async writeCookies(res: Response, secure: boolean, opts: { renewMembers?: boolean } = {}): Promise<void> {
    if (this.sessionChange?.kind === 'set') setSessionCookie(res, this.sessionChange.token, secure);
    if (this.sessionChange?.kind === 'clear') clearSessionCookie(res, secure);
    if (this.newGuestPass) setGuestCookie(res, this.newGuestPass, secure);
    if (this.held) await this.held; // settles credential changes queued on it
    if (this.membersChanged || (opts.renewMembers && this.credentials.length > 0)) setMemberCookie(res, this.credentials, secure);
  }
}
