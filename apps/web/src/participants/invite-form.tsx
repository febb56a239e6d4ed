import type { Role } from '@rapporteur/domain';
import { useState, type ReactElement, type SubmitEvent } from 'react';

import { SubmitButton } from '../app/form-alert.js';
import { FormField } from '../app/form-field.js';
import { looksLikeEmail, MAX_EMAIL_LENGTH } from '../identity/account.js';
import { inviteParticipant, type InvitationAnswer } from './participants-api.js';
import { RoleSelect } from './role-select.js';

/**
 * An invitation by email and a role (delegate unless chosen). The address is checked here first;
 * what the server says goes back to the panel: the account joined, or the link to send.
 */
export function InviteForm({
  meetingId,
  roles,
  onInvited,
  onRefused,
}: {
  readonly meetingId: string;
  /** The roles you may give a newcomer, chair first (a delegate unless chosen otherwise). */
  readonly roles: readonly Role[];
  readonly onInvited: (answer: InvitationAnswer) => void;
  readonly onRefused: (detail: string) => void;
}): ReactElement {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(
    roles.includes('delegate') ? 'delegate' : (roles.at(-1) ?? 'delegate'),
  );
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (busy) return;
    if (!looksLikeEmail(email)) {
      setProblem('Enter their email address.');
      return;
    }
    setProblem(undefined);
    setBusy(true);
    void inviteParticipant(meetingId, { email: email.trim(), role }).then((result) => {
      setBusy(false);
      if (result.ok) {
        setEmail('');
        onInvited(result.value);
      } else {
        onRefused(result.problem.detail);
      }
    });
  };

  return (
    <form className="invite" onSubmit={submit} noValidate aria-labelledby="invite-heading">
      <h3 className="invite__heading" id="invite-heading">
        Invite someone
      </h3>
      <FormField
        id="invite-email"
        label="Their email"
        labelHidden
        compact
        testId="invite-email"
        type="email"
        inputMode="email"
        autoComplete="off"
        maxLength={MAX_EMAIL_LENGTH}
        placeholder="Their email"
        error={problem}
        value={email}
        onChange={(event) => {
          setEmail(event.target.value);
          setProblem(undefined);
        }}
      />
      <div className="invite__row">
        <RoleSelect
          className="field__select invite__role"
          label="Role"
          testId="invite-role"
          value={role}
          roles={roles}
          onChange={setRole}
        />
        <SubmitButton
          busy={busy}
          busyLabel="Inviting…"
          testId="invite-submit"
          className="button button--primary button--small invite__submit"
        >
          Invite
        </SubmitButton>
      </div>
    </form>
  );
}
