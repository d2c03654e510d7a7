// Signed-in account sessions: a random token in the `hearth_session` cookie, its sha-256 in
// auth_sessions. Expiry slides: a session lives SESSION_TTL_MS past its last use.
import type { Account, AuthSession, Store } from '../store';
import { hashToken, isTokenShaped, randomToken } from './tokens';

export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
/** Sliding the expiry is a write; once an hour per session is plenty for a 14-day window. */
const TOUCH_AFTER_MS = 60 * 60 * 1000;

export interface SignedIn {
  account: Account;
  session: AuthSession;
  /** True when this request slid the expiry, so the cookie should be sent again with it. */
  renewed: boolean;
}

/** Starts a session; returns the token for the cookie (never stored). */
export async function startSession(store: Store, accountId: string): Promise<{ token: string; session: AuthSession }> {
  const token = randomToken();
  const session = await store.authSessions.create({ idHash: hashToken(token), accountId, ttlMs: SESSION_TTL_MS });
  return { token, session };
}

/** The account behind a session cookie, or undefined if the token is unknown or expired. */
export async function resumeSession(store: Store, token: string, now: () => number): Promise<SignedIn | undefined> {
  if (!isTokenShaped(token)) return undefined;
  const idHash = hashToken(token);
  let session = await store.authSessions.find(idHash);
  if (!session) return undefined;
  const account = await store.accounts.byId(session.accountId);
  if (!account) return undefined;
  let renewed = false;
  if (now() - Date.parse(session.lastSeenAt) >= TOUCH_AFTER_MS) {
    session = (await store.authSessions.touch(idHash, { ttlMs: SESSION_TTL_MS })) ?? session;
    renewed = true;
  }
  return { account, session, renewed };
}

export async function endSession(store: Store, token: string): Promise<void> {
  if (isTokenShaped(token)) await store.authSessions.delete(hashToken(token));
}
