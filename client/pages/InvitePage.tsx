// An invite link: what group it leads to and its guidelines, then joining — as a member with a
// pseudonym (and the one-time recovery code), or as staff with an account.
import { useState } from 'react';
import type { InvitePreview, MyGroupView } from '../../shared/api';
import { AccountLayout } from '../components/AccountLayout';
import { AppLink } from '../components/AppLink';
import { GuidelinesBox } from '../components/GuidelinesBox';
import { LinkPreviewGate } from '../components/LinkPreviewGate';
import { MemberJoinForm } from '../components/MemberJoinForm';
import { PageHeading } from '../components/PageHeading';
import { RecoveryCodeNotice } from '../components/RecoveryCodeNotice';
import { StaffJoin } from '../components/StaffJoin';
import { TimeLabel } from '../components/TimeLabel';
import type { ClientApiErrorCode } from '../core/api/apiError';
import { FOCUS_LABELS, ROLE_LABELS } from '../core/api/labels';
import { useResource } from '../hooks/useResource';
import { useServices } from '../hooks/useServices';

const DEAD_LINK: ReadonlySet<ClientApiErrorCode> = new Set(['token_invalid', 'token_expired', 'token_revoked', 'token_used_up', 'not_found']);

export function InvitePage({ token }: { token: string }) {
  const { api } = useServices();
  const [state, resource] = useResource(() => api.call('previewInvite', { params: { token } }));

  return (
    <LinkPreviewGate
      state={state}
      onRetry={() => void resource.reload()}
      loadingTitle="Invitation"
      deadCodes={DEAD_LINK}
      deadTitle="This invite link doesn’t work"
      deadHint={() => (
        <>
          Already joined on this device? <AppLink to="/me">Go to your groups</AppLink>.
        </>
      )}
      failedTitle="We couldn’t open this invitation"
    >
      {(preview) => <Invitation token={token} preview={preview} />}
    </LinkPreviewGate>
  );
}

function Invitation({ token, preview }: { token: string; preview: InvitePreview }) {
  const { session, navigate, now } = useServices();
  const [recovery, setRecovery] = useState<{ code: string; group: MyGroupView } | null>(null);
  const { group, role } = preview;

  if (recovery) {
    return (
      <AccountLayout>
        <RecoveryCodeNotice
          groupName={recovery.group.name}
          code={recovery.code}
          onContinue={() => {
            // Forget the code before leaving the page: it is never shown again.
            setRecovery(null);
            navigate('/me');
          }}
        />
      </AccountLayout>
    );
  }

  return (
    <AccountLayout>
      <section className="card">
        <PageHeading title={`Join ${group.name}`} />
        <p className="muted">
          {FOCUS_LABELS[group.focus]} · You are invited as {role === 'member' ? 'a member' : `a ${ROLE_LABELS[role].toLowerCase()}`}
        </p>
        {group.description && <p className="prewrap">{group.description}</p>}
        <p className="hint">
          This link expires <TimeLabel iso={preview.expiresAt} now={now()} />.
        </p>
      </section>
      <section className="card">
        <GuidelinesBox id="invite-guidelines" text={group.guidelines} />
        {role === 'member' ? (
          <MemberJoinForm
            token={token}
            onJoined={(answer) => {
              void session.refresh();
              if (answer.recoveryCode) setRecovery({ code: answer.recoveryCode, group: answer.group });
              else navigate('/me');
            }}
          />
        ) : (
          <StaffJoin
            token={token}
            role={role}
            onJoined={(joined) => {
              void session.refresh();
              navigate(`/groups/${joined.id}`);
            }}
          />
        )}
      </section>
    </AccountLayout>
  );
}
