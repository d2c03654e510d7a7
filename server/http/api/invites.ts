// Invite links: made and revoked by facilitators (staff invites only by organisers), previewed
// and accepted by anyone holding the link. Accepting consumes one use and creates the membership
// in one transaction, so a failed join gives the use back.
import type { Request } from 'express';
import { consumeRefusal, type InviteRefusal } from '../../auth/inviteLinks';
import { formatRecoveryCode, newCredential } from '../../auth/memberCredentials';
import { hashPassword } from '../../auth/passwords';
import { endSession, startSession } from '../../auth/sessions';
import { hashToken } from '../../auth/tokens';
import { StoreConflict, type Invite, type Membership, type Store } from '../../store';
import { ApiError } from '../errors';
import { clientKey } from '../limits';
import { linkBase } from '../origin';
import { existingGroup } from './groups';
import type { ApiDeps, Handlers } from './types';
import { inviteView, myGroupView } from './views';

const HOUR_MS = 60 * 60 * 1000;

const REFUSAL_MESSAGES: Record<InviteRefusal, string> = {
  token_invalid: 'this invite link is not valid; check that you copied all of it',
  token_revoked: 'this invite link was withdrawn; ask your facilitator for a new one',
  token_expired: 'this invite link has expired; ask your facilitator for a new one',
  token_used_up: 'this invite link has been used as often as it allows; ask your facilitator for a new one',
};

const refused = (code: InviteRefusal) => new ApiError(code, REFUSAL_MESSAGES[code]);

/** Uses the invite once inside `tx`, or throws its refusal (which rolls the transaction back). */
async function consume(tx: Store, token: string): Promise<Invite> {
  const result = await tx.invites.consume(hashToken(token));
  if (!result.ok) throw refused(consumeRefusal(result.reason));
  return result.invite;
}

/** Whoever may see and manage an invite of this role: member invites facilitators, staff invites organisers. */
const mayManage = (invite: Pick<Invite, 'role'>, me: Membership) => invite.role === 'member' || me.role === 'organiser';

export function inviteHandlers(deps: ApiDeps): Pick<
  Handlers,
  'listInvites' | 'createInvite' | 'revokeInvite' | 'previewInvite' | 'acceptMemberInvite' | 'acceptStaffInvite'
> {
  const { store, inviteLinks, limiters, logger, now, publicUrl } = deps;

  const linkTo = (req: Request, invite: Invite) => `${linkBase(req, publicUrl)}/invite/${inviteLinks.tokenFor(invite.id)}`;

  /** The invite behind a link, checked in the contract's order, or its refusal. */
  const validInvite = async (token: string): Promise<Invite> => {
    const check = await inviteLinks.check(store, token, now);
    if (!check.ok) throw refused(check.code);
    return check.invite;
  };

  return {
    async listInvites({ params, membership: me, req }) {
      const invites = (await store.invites.listForGroup(params.groupId)).filter((i) => mayManage(i, me));
      return { invites: invites.map((i) => inviteView(i, linkTo(req, i), now)) };
    },

    async createInvite({ params, body, membership: me, req }) {
      if (!mayManage(body, me)) throw new ApiError('not_authorized', 'only an organiser can invite facilitators');
      if (!me.accountId) throw new Error('a staff membership without an account');
      const { inviteId, tokenHash } = inviteLinks.mint();
      const invite = await store.invites.create({
        id: inviteId,
        groupId: params.groupId,
        tokenHash,
        role: body.role,
        createdBy: me.accountId,
        ttlMs: body.expiresInHours * HOUR_MS,
        maxUses: body.maxUses ?? undefined,
        note: body.note || undefined,
      });
      logger.info({ groupId: params.groupId, inviteId: invite.id, role: invite.role }, 'invite created');
      return inviteView(invite, linkTo(req, invite), now);
    },

    async revokeInvite({ params, membership: me }) {
      const invite = (await store.invites.listForGroup(params.groupId)).find((i) => i.id === params.inviteId);
      if (!invite) throw new ApiError('not_found', 'no such invite in this group');
      if (!mayManage(invite, me)) throw new ApiError('not_authorized', 'only an organiser can revoke a facilitator invite');
      await store.invites.revoke(params.groupId, invite.id); // false if it already was: still done
      logger.info({ groupId: params.groupId, inviteId: invite.id }, 'invite revoked');
      return undefined;
    },

    async previewInvite({ params, req }) {
      limiters.tokensPerClient.take(clientKey(req));
      const invite = await validInvite(params.token);
      const { id, name, description, focus, guidelines } = await existingGroup(deps, invite.groupId);
      return { role: invite.role, group: { id, name, description, focus, guidelines }, expiresAt: invite.expiresAt };
    },

    async acceptMemberInvite({ params, body, caller, req }) {
      limiters.tokensPerClient.take(clientKey(req));
      const preview = await validInvite(params.token);
      if (preview.role !== 'member') throw new ApiError('invalid_payload', 'this link invites staff: accept it with an account');
      if (await caller.membershipIn(preview.groupId)) throw new ApiError('conflict', 'this browser already belongs to this group');
      if (!(await caller.canHoldAnotherCredential())) throw new ApiError('conflict', 'this browser already holds the most groups it can; leave one first');
      const credential = newCredential();
      const membership = await store.transaction(async (tx) => {
        const invite = await consume(tx, params.token);
        try {
          return await tx.memberships.addMember({
            groupId: invite.groupId,
            pseudonym: body.pseudonym,
            credentialHash: hashToken(credential),
            avatarColour: body.avatarColour ?? undefined,
            acceptedGuidelines: body.acceptGuidelines,
          });
        } catch (err) {
          if (err instanceof StoreConflict && err.constraint === 'memberships_group_pseudonym_key') {
            throw new ApiError('conflict', 'someone in this group already uses that name', { fields: { pseudonym: 'this name is taken in this group; choose another' } });
          }
          throw err;
        }
      });
      caller.addCredential(credential, membership);
      logger.info({ groupId: membership.groupId, membershipId: membership.id }, 'member joined');
      const group = await existingGroup(deps, membership.groupId);
      return { group: myGroupView(group, membership), recoveryCode: formatRecoveryCode(credential) };
    },

    async acceptStaffInvite({ params, body, caller, req }) {
      limiters.tokensPerClient.take(clientKey(req));
      const preview = await validInvite(params.token);
      if (preview.role === 'member') throw new ApiError('invalid_payload', 'this link invites a member: join with a name instead');
      if (!body.account && !caller.account) throw new ApiError('unauthenticated', 'sign in to accept, or create an account with this invite');
      const newAccount = body.account && { ...body.account, passwordHash: await hashPassword(body.account.password) };
      const { account, membership } = await store.transaction(async (tx) => {
        const invite = await consume(tx, params.token);
        if (invite.role === 'member') throw new ApiError('invalid_payload', 'this link invites a member: join with a name instead');
        let account = caller.account;
        if (newAccount) {
          try {
            account = await tx.accounts.create({ email: newAccount.email, passwordHash: newAccount.passwordHash, displayName: newAccount.displayName, canCreateGroups: false });
          } catch (err) {
            if (err instanceof StoreConflict && err.constraint === 'accounts_email_key') {
              throw new ApiError('conflict', 'an account with this email exists: sign in to accept', { fields: { 'account.email': 'an account with this email exists; sign in instead' } });
            }
            throw err;
          }
        }
        if (!account) throw new Error('no account to accept a staff invite with');
        if (await tx.memberships.byGroupAndAccount(invite.groupId, account.id)) throw new ApiError('conflict', 'you are already in this group');
        try {
          const membership = await tx.memberships.addStaff({ groupId: invite.groupId, accountId: account.id, role: invite.role, pseudonym: account.displayName });
          return { account, membership };
        } catch (err) {
          if (err instanceof StoreConflict && err.constraint === 'memberships_group_pseudonym_key') {
            throw new ApiError('conflict', 'someone in this group already goes by your display name', { fields: { 'account.displayName': 'this name is taken in this group' } });
          }
          throw err;
        }
      });
      if (newAccount) {
        if (caller.sessionToken) await endSession(store, caller.sessionToken);
        const { token } = await startSession(store, account.id);
        caller.signIn(account, token);
      }
      logger.info({ groupId: membership.groupId, membershipId: membership.id, role: membership.role }, 'staff joined');
      const group = await existingGroup(deps, membership.groupId);
      return { group: myGroupView(group, membership), recoveryCode: null };
    },
  };
}
