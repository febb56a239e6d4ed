import { describeRole, roleInSentence, ROLES, type Role } from '@rapporteur/domain';
import { useEffect, useState, type ReactElement, type SubmitEvent } from 'react';

import { FormAlert, SubmitButton } from '../app/form-alert.js';
import { looksLikeEmail, MAX_EMAIL_LENGTH } from '../identity/account.js';
import { colorFor, initialsOf } from '../identity/identity.js';
import type { Participant } from '../meeting/meeting-api.js';
import { changeParticipantRole, inviteParticipant, removeParticipant } from './participants-api.js';
import { sortParticipants } from './roster.js';
import './participants-panel.css';

interface ParticipantsPanelProps {
  readonly meetingId: string;
  readonly participants: readonly Participant[];
  /** The signed-in person's id: their own row says "(you)". */
  readonly you: string;
  /** After any change the server accepted: the page fetches the meeting again. */
  readonly onChanged: () => void;
  /** After the person removed themselves: they can no longer see this meeting. */
  readonly onLeft: () => void;
}

/** What the panel says after the last action: the server's refusal, or what changed. */
type Feedback =
  | { readonly tone: 'error'; readonly text: string }
  | { readonly tone: 'ok'; readonly text: string };

function RoleSelect({
  value,
  label,
  disabled,
  onChange,
  testId,
}: {
  readonly value: Role;
  readonly label: string;
  readonly disabled: boolean;
  readonly onChange: (role: Role) => void;
  readonly testId: string;
}): ReactElement {
  return (
    <select
      className={`role-select role-select--${value}`}
      aria-label={label}
      data-testid={testId}
      value={value}
      disabled={disabled}
      onChange={(event) => {
        const role = ROLES.find((candidate) => candidate === event.target.value);
        if (role !== undefined) onChange(role);
      }}
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {describeRole(role)}
        </option>
      ))}
    </select>
  );
}

function ParticipantRow({
  participant,
  isYou,
  busy,
  onChangeRole,
  onRemove,
}: {
  readonly participant: Participant;
  readonly isYou: boolean;
  readonly busy: boolean;
  readonly onChangeRole: (role: Role) => void;
  readonly onRemove: () => void;
}): ReactElement {
  const [confirming, setConfirming] = useState(false);
  return (
    <li
      className={`participant${busy ? ' is-busy' : ''}${confirming ? ' is-confirming' : ''}`}
      data-testid="participant"
      data-person-id={participant.personId}
      data-role={participant.role}
    >
      <div className="participant__main">
        <span
          className="avatar"
          style={{ backgroundColor: colorFor(participant.personId) }}
          aria-hidden="true"
        >
          {initialsOf(participant.name)}
        </span>
        <span className="participant__who">
          <span className="participant__line" title={participant.name}>
            <span className="participant__name">{participant.name}</span>
            {isYou && <span className="participant__you">(you)</span>}
          </span>
          <span className="participant__email" title={participant.email}>
            {participant.email}
          </span>
        </span>
      </div>
      {confirming ? (
        <div className="participant__confirm" role="group" aria-label="Confirm removal">
          <span className="participant__question">
            {isYou
              ? 'Remove yourself? You lose access to this meeting.'
              : `Remove ${participant.name} from this meeting?`}
          </span>
          <span className="participant__confirm-actions">
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => {
                setConfirming(false);
              }}
            >
              Cancel
            </button>
            <button
              type="button"
              className="button button--danger button--small"
              data-testid="participant-remove-confirm"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                onRemove();
              }}
            >
              Remove
            </button>
          </span>
        </div>
      ) : (
        <div className="participant__controls">
          <RoleSelect
            value={participant.role}
            label={`Role of ${participant.name}`}
            disabled={busy}
            onChange={onChangeRole}
            testId="participant-role"
          />
          <button
            type="button"
            className="participant__remove"
            aria-label={`Remove ${participant.name}`}
            title="Remove from the meeting"
            data-testid="participant-remove"
            disabled={busy}
            onClick={() => {
              setConfirming(true);
            }}
          >
            <svg
              viewBox="0 0 24 24"
              width="16"
              height="16"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              aria-hidden="true"
            >
              <path d="M6 6l12 12M18 6 6 18" />
            </svg>
          </button>
        </div>
      )}
    </li>
  );
}

function InviteForm({
  meetingId,
  onInvited,
  onRefused,
}: {
  readonly meetingId: string;
  readonly onInvited: (participant: Participant) => void;
  readonly onRefused: (detail: string) => void;
}): ReactElement {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('delegate');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (busy) return;
    if (!looksLikeEmail(email)) {
      setProblem('Enter the email address of their account.');
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
      <div className="field field--compact">
        <label className="visually-hidden" htmlFor="invite-email">
          Email of their account
        </label>
        <input
          id="invite-email"
          className="field__input"
          data-testid="invite-email"
          type="email"
          inputMode="email"
          autoComplete="off"
          maxLength={MAX_EMAIL_LENGTH}
          placeholder="Email of their account"
          aria-invalid={problem !== undefined}
          aria-describedby={problem === undefined ? undefined : 'invite-email-error'}
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            setProblem(undefined);
          }}
        />
        {problem !== undefined && (
          <p className="field__error" id="invite-email-error">
            {problem}
          </p>
        )}
      </div>
      <div className="invite__row">
        <label className="visually-hidden" htmlFor="invite-role">
          Role
        </label>
        <select
          id="invite-role"
          className="field__select invite__role"
          data-testid="invite-role"
          value={role}
          onChange={(event) => {
            const chosen = ROLES.find((candidate) => candidate === event.target.value);
            if (chosen !== undefined) setRole(chosen);
          }}
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {describeRole(option)}
            </option>
          ))}
        </select>
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

/**
 * The meeting's roster for those who may manage it: each participant with their role (which
 * can be changed) and a way to remove them, and an invitation by email and role. The server
 * decides; when it refuses, its sentence is shown as it is.
 */
export function ParticipantsPanel({
  meetingId,
  participants,
  you,
  onChanged,
  onLeft,
}: ParticipantsPanelProps): ReactElement {
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [feedback, setFeedback] = useState<Feedback>();
  // A role just changed shows at once, until the reloaded roster says the same.
  const [pendingRoles, setPendingRoles] = useState<ReadonlyMap<string, Role>>(new Map());

  useEffect(() => {
    setPendingRoles(new Map());
  }, [participants]);

  const track = (personId: string, running: boolean): void => {
    setBusy((current) => {
      const next = new Set(current);
      if (running) next.add(personId);
      else next.delete(personId);
      return next;
    });
  };

  const changeRole = (participant: Participant, role: Role): void => {
    track(participant.personId, true);
    setFeedback(undefined);
    void changeParticipantRole(meetingId, { personId: participant.personId, role }).then(
      (result) => {
        track(participant.personId, false);
        if (!result.ok) {
          setFeedback({ tone: 'error', text: result.problem.detail });
          return;
        }
        setPendingRoles((current) => new Map(current).set(participant.personId, role));
        setFeedback({
          tone: 'ok',
          text:
            participant.personId === you
              ? `You are now ${roleInSentence(role)}.`
              : `${participant.name} is now ${roleInSentence(role)}.`,
        });
        onChanged();
      },
    );
  };

  const remove = (participant: Participant): void => {
    track(participant.personId, true);
    setFeedback(undefined);
    void removeParticipant(meetingId, participant.personId).then((result) => {
      track(participant.personId, false);
      if (!result.ok) {
        setFeedback({ tone: 'error', text: result.problem.detail });
        return;
      }
      if (participant.personId === you) {
        onLeft();
        return;
      }
      setFeedback({ tone: 'ok', text: `${participant.name} is no longer a participant.` });
      onChanged();
    });
  };

  const shown = sortParticipants(
    participants.map((participant) => {
      const pending = pendingRoles.get(participant.personId);
      return pending === undefined ? participant : { ...participant, role: pending };
    }),
  );

  return (
    <section
      className="panel-card participants"
      aria-labelledby="participants-heading"
      data-testid="participants"
    >
      <h2 className="panel-card__title" id="participants-heading">
        Participants
        <span className="panel-card__count">{participants.length}</span>
      </h2>
      {shown.length === 0 ? (
        <p className="participants__empty">Nobody takes part yet. Invite the first participant.</p>
      ) : (
        <ul className="participants__list">
          {shown.map((participant) => (
            <ParticipantRow
              key={participant.personId}
              participant={participant}
              isYou={participant.personId === you}
              busy={busy.has(participant.personId)}
              onChangeRole={(role) => {
                changeRole(participant, role);
              }}
              onRemove={() => {
                remove(participant);
              }}
            />
          ))}
        </ul>
      )}
      {feedback !== undefined && (
        <div className="participants__feedback">
          <FormAlert tone={feedback.tone} testId="participants-feedback">
            {feedback.text}
          </FormAlert>
        </div>
      )}
      <InviteForm
        meetingId={meetingId}
        onInvited={(participant) => {
          setFeedback({
            tone: 'ok',
            text: `${participant.name} joined as ${roleInSentence(participant.role)}.`,
          });
          onChanged();
        }}
        onRefused={(detail) => {
          setFeedback({ tone: 'error', text: detail });
        }}
      />
    </section>
  );
}
