import type { Role } from '@rapporteur/domain';
import { useState, type ReactElement } from 'react';

import { CancelButton } from '../app/cancel-button.js';
import { LineIcon } from '../app/line-icon.js';
import { Avatar } from '../identity/avatar.js';
import { colorFor } from '../identity/identity.js';
import type { Participant } from '../meeting/meeting-api.js';
import { RoleBadge } from '../people/role-badge.js';
import { RoleSelect } from './role-select.js';

/**
 * One participant: who they are, their role (a menu when you may change it, a label when not)
 * and, when they may be removed, a way to do it, asked again before it happens.
 */
export function ParticipantRow({
  participant,
  isYou,
  choices,
  removable,
  busy,
  onChangeRole,
  onRemove,
}: {
  readonly participant: Participant;
  readonly isYou: boolean;
  /** The roles you may choose for them; not changeable, the role is shown without a menu. */
  readonly choices: { readonly roles: readonly Role[]; readonly changeable: boolean };
  /** False for the chair, who stays until handing over: no remove button then. */
  readonly removable: boolean;
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
        <Avatar name={participant.name} color={colorFor(participant.personId)} />
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
            <CancelButton
              onCancel={() => {
                setConfirming(false);
              }}
            />
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
          {choices.changeable ? (
            <RoleSelect
              value={participant.role}
              roles={choices.roles}
              label={`Role of ${participant.name}`}
              disabled={busy}
              onChange={onChangeRole}
              testId="participant-role"
            />
          ) : (
            <RoleBadge role={participant.role} testId="participant-role-fixed" />
          )}
          {removable && (
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
              <LineIcon size={16} d="M6 6l12 12M18 6 6 18" />
            </button>
          )}
        </div>
      )}
    </li>
  );
}
