// Shown once, right after a member joins: the code that lets them back in on another device.
// It lives only in this component's state; the server cannot show it again.
import { CopyField } from './CopyField';
import { PageHeading } from './PageHeading';

export function RecoveryCodeNotice({ groupName, code, onContinue }: { groupName: string; code: string; onContinue: () => void }) {
  return (
    <section className="card" aria-describedby="recovery-explainer">
      <PageHeading title="Save your recovery code" />
      <p className="lead">You have joined {groupName}.</p>
      <div id="recovery-explainer">
        <p>
          This browser now remembers you. If you use another device, or this browser forgets you, this code brings you back to the group under the
          same name.
        </p>
        <p>
          <strong>We show it only this once.</strong> Keep it somewhere private, such as a password manager or a note only you can see. Anyone with
          the code can join as you.
        </p>
      </div>
      <CopyField id="recovery-code" label="Your recovery code" value={code} copyLabel="Copy code" copiedNote="Code copied. Paste it somewhere private." mono />
      <button type="button" className="button button--primary" onClick={onContinue}>
        Continue
      </button>
    </section>
  );
}
