import { roleInSentence, type Role } from '@rapporteur/domain';
import { useEffect, useState } from 'react';

import type { Participant } from '../meeting/meeting-api.js';
import {
  changeParticipantRole,
  removeParticipant,
  type InvitationAnswer,
} from './participants-api.js';
import { describeInvitation, sortParticipants } from './roster.js';

export interface ParticipantsPanelOptions {
  readonly meetingId: string;
  readonly participants: readonly Participant[];
  /** The signed-in person's id: their own row says "(you)". */
  readonly you: string;
  /** Your role in the meeting (none for an administrator who is no participant). */
  readonly yourRole: Role | null;
  /** Whether you are the platform's administrator. */
  readonly admin: boolean;
  /** After any change the server accepted: the page fetches the meeting again. */
  readonly onChanged: () => void;
  /** After the person removed themselves: they can no longer see this meeting. */
  readonly onLeft: () => void;
}

/** What the panel says after the last action: the server's refusal, or what changed. */
export type Feedback =
  | { readonly tone: 'error'; readonly text: string }
  | { readonly tone: 'ok'; readonly text: string };

export interface ParticipantsPanelState {
  /** The roster as listed, with the roles just changed already in place. */
  readonly shown: readonly Participant[];
  readonly isBusy: (personId: string) => boolean;
  readonly feedback: Feedback | undefined;
  readonly changeRole: (participant: Participant, role: Role) => void;
  readonly remove: (participant: Participant) => void;
  readonly invited: (answer: InvitationAnswer) => void;
  readonly refused: (detail: string) => void;
  /** After a pending invitation was withdrawn: its link no longer works. */
  readonly withdrawn: (email: string) => void;
}

/**
 * The panel's requests and what it says about them: which rows wait for the server, the
 * sentence after the last action, and roles changed but not yet in the reloaded roster.
 */
export function useParticipantsPanel({
  meetingId,
  participants,
  you,
  onChanged,
  onLeft,
}: ParticipantsPanelOptions): ParticipantsPanelState {
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

  const invited = (answer: InvitationAnswer): void => {
    setFeedback({ tone: 'ok', text: describeInvitation(answer) });
    onChanged();
  };

  const refused = (detail: string): void => {
    setFeedback({ tone: 'error', text: detail });
  };

  const withdrawn = (email: string): void => {
    setFeedback({
      tone: 'ok',
      text: `The invitation of ${email} is withdrawn: its link no longer works.`,
    });
  };

  const shown = sortParticipants(
    participants.map((participant) => {
      const pending = pendingRoles.get(participant.personId);
      return pending === undefined ? participant : { ...participant, role: pending };
    }),
  );

  return {
    shown,
    isBusy: (personId) => busy.has(personId),
    feedback,
    changeRole,
    remove,
    invited,
    refused,
    withdrawn,
  };
}
