// First-run setup, signing in and out. Setup works only while no account exists; sign-in is
// limited per client and per account; a wrong email and a wrong password look the same.
import { randomUUID } from 'node:crypto';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { endSession, startSession } from '../../auth/sessions';
import { ApiError } from '../errors';
import { clientKey } from '../limits';
import type { ApiDeps, Handlers } from './types';
import { accountView } from './views';

/** Held in server_secrets by whoever runs setup first, so two racing setups cannot both win. */
const SETUP_CLAIM = 'setup-claim';

const alreadySetUp = () => new ApiError('conflict', 'Hearth is already set up: sign in instead');

export function authHandlers({ store, limiters, logger }: ApiDeps): Pick<Handlers, 'setupStatus' | 'setup' | 'login' | 'logout'> {
  return {
    async setupStatus() {
      return { needsSetup: (await store.accounts.count()) === 0 };
    },

    async setup({ body, caller, req }) {
      limiters.tokensPerClient.take(clientKey(req));
      if ((await store.accounts.count()) > 0) throw alreadySetUp();
      const passwordHash = await hashPassword(body.password);
      const account = await store.transaction(async (tx) => {
        const claim = randomUUID();
        if ((await tx.accounts.count()) > 0 || (await tx.secrets.getOrCreate(SETUP_CLAIM, () => claim)) !== claim) throw alreadySetUp();
        return tx.accounts.create({ email: body.email, passwordHash, displayName: body.displayName, canCreateGroups: true });
      });
      const { token } = await startSession(store, account.id);
      caller.signIn(account, token);
      logger.info({ accountId: account.id }, 'first organiser account created');
      return accountView(account);
    },

    async login({ body, caller, req }) {
      limiters.loginPerClient.take(clientKey(req));
      limiters.loginPerAccount.take(body.email);
      const account = await store.accounts.byEmail(body.email);
      // Runs scrypt even when there is no such account, so timing does not tell.
      const ok = await verifyPassword(body.password, account?.passwordHash);
      if (!account || !ok) {
        logger.info('sign-in refused');
        throw new ApiError('unauthenticated', 'that email and password do not match an account');
      }
      limiters.loginPerAccount.reset(body.email);
      if (caller.sessionToken) await endSession(store, caller.sessionToken);
      const { token } = await startSession(store, account.id);
      caller.signIn(account, token);
      logger.info({ accountId: account.id }, 'signed in');
      return accountView(account);
    },

    async logout({ caller }) {
      if (caller.sessionToken) await endSession(store, caller.sessionToken);
      // Member credentials stay: they are this browser's way back into its groups.
      caller.signOut();
      return undefined;
    },
  };
}
