import type { ReactElement } from 'react';

import { FormAlert } from '../app/form-alert.js';
import { InviteForm } from './invite-form.js';
import { RosterList } from './roster-list.js';
import { useParticipantsPanel, type ParticipantsPanelOptions } from './use-participants-panel.js';
import './participants-panel.css';

/**
 * The meeting's roster for those who may manage it: each participant with their role (which
 * can be changed) and a way to remove them, and an invitation by email and role. The server
 * decides; when it refuses, its sentence is shown as it is.
 */
export function ParticipantsPanel(props: ParticipantsPanelOptions): ReactElement {
  const { meetingId, participants, you } = props;
  const panel = useParticipantsPanel(props);
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
      <InviteForm meetingId={meetingId} onInvited={panel.invited} onRefused={panel.refused} />
    </section>
  );
}
