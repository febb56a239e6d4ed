import { rolesGivable, type RoleGiver } from '@rapporteur/domain';
import type { ReactElement } from 'react';

import { FormAlert } from '../app/form-alert.js';
import { InviteForm } from './invite-form.js';
import type { InvitationAnswer } from './participants-api.js';
import { PendingInvitations } from './pending-invitations.js';
import { RosterList } from './roster-list.js';
import { useParticipantsPanel, type ParticipantsPanelOptions } from './use-participants-panel.js';
import { usePendingInvitations } from './use-pending-invitations.js';
import './participants-panel.css';

/**
 * The meeting's roster for those who may manage it: each participant with their role (which
 * can be changed) and a way to remove them, an invitation by email and role, and the invitations
 * waiting for someone without an account (their link, and a way to withdraw them). The server
 * decides; when it refuses, its sentence is shown as it is. Only the roles the domain lets you
 * give are offered (the chair's seats to the chair, nothing for your own row).
 */
export function ParticipantsPanel(props: ParticipantsPanelOptions): ReactElement {
  const { meetingId, participants, you } = props;
  const panel = useParticipantsPanel(props);
  const invitations = usePendingInvitations(meetingId, panel.refused, panel.withdrawn);
  const invited = (answer: InvitationAnswer): void => {
    panel.invited(answer);
    invitations.invited(answer);
  };
  const giver: RoleGiver = { personId: you, role: props.yourRole ?? undefined, admin: props.admin };
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
      <RosterList
        participants={panel.shown}
        you={you}
        giver={giver}
        isBusy={panel.isBusy}
        onChangeRole={panel.changeRole}
        onRemove={panel.remove}
      />
      {panel.feedback !== undefined && (
        <div className="participants__feedback">
          <FormAlert tone={panel.feedback.tone} testId="participants-feedback">
            {panel.feedback.text}
          </FormAlert>
        </div>
      )}
      <InviteForm
        meetingId={meetingId}
        roles={rolesGivable(giver, undefined)}
        onInvited={invited}
        onRefused={panel.refused}
      />
      <PendingInvitations
        pending={invitations.pending}
        fresh={invitations.fresh}
        withdrawing={invitations.withdrawing}
        onWithdraw={invitations.withdraw}
      />
    </section>
  );
}
