import { InvitationSchema, readerOf, type Invitation } from '@rapporteur/api-contract';
import type { Role } from '@rapporteur/domain';

import { request, type ApiResult } from '../api/http.js';
import { parseParticipant, type Participant } from '../meeting/meeting-api.js';

const participantsPath = (meetingId: string): string =>
  `/api/meetings/${encodeURIComponent(meetingId)}/participants`;

/** What the server answers an invitation: the same whether or not the email has an account. */
export type { Invitation };

const parseInvitation = readerOf(InvitationSchema);

/** Invites the holder of `email`, if an account has it; the answer does not say whether. */
export function inviteParticipant(
  meetingId: string,
  invitation: Invitation,
): Promise<ApiResult<Invitation>> {
  return request(participantsPath(meetingId), {
    method: 'POST',
    body: invitation,
    parse: parseInvitation,
  });
}

export function changeParticipantRole(
  meetingId: string,
  change: { readonly personId: string; readonly role: Role },
): Promise<ApiResult<Participant>> {
  return request(`${participantsPath(meetingId)}/${encodeURIComponent(change.personId)}`, {
    method: 'PATCH',
    body: { role: change.role },
    parse: parseParticipant,
  });
}

export function removeParticipant(meetingId: string, personId: string): Promise<ApiResult<true>> {
  return request(`${participantsPath(meetingId)}/${encodeURIComponent(personId)}`, {
    method: 'DELETE',
    parse: () => true,
  });
}
