import type { Role, RoleGiver } from '@rapporteur/domain';
import type { ReactElement } from 'react';

import type { Participant } from '../meeting/meeting-api.js';
import { ParticipantRow } from './participant-row.js';
import { mayRemove, roleChoices } from './roster.js';

/** The participants in the order the panel shows them, or a word that there are none yet. */
export function RosterList({
  participants,
  you,
  giver,
  isBusy,
  onChangeRole,
  onRemove,
}: {
  readonly participants: readonly Participant[];
  /** The signed-in person's id: their own row says "(you)". */
  readonly you: string;
  /** You, as the domain asks who gives a role: each row offers only what it would accept. */
  readonly giver: RoleGiver;
  readonly isBusy: (personId: string) => boolean;
  readonly onChangeRole: (participant: Participant, role: Role) => void;
  readonly onRemove: (participant: Participant) => void;
}): ReactElement {
  if (participants.length === 0) {
    return (
      <p className="participants__empty">Nobody takes part yet. Invite the first participant.</p>
    );
  }
  return (
    <ul className="row-list">
      {participants.map((participant) => (
        <ParticipantRow
          key={participant.personId}
          participant={participant}
          isYou={participant.personId === you}
          choices={roleChoices(giver, participant)}
          removable={mayRemove(participant)}
          busy={isBusy(participant.personId)}
          onChangeRole={(role) => {
            onChangeRole(participant, role);
          }}
          onRemove={() => {
            onRemove(participant);
          }}
        />
      ))}
    </ul>
  );
}
