import type { Role } from '@rapporteur/domain';

import { request, type ApiResult } from '../api/http.js';
import { parseParticipant, type Participant } from '../meeting/meeting-api.js';

const participantsPath = (meetingId: string): string =>
  `/api/meetings/${encodeURIComponent(meetingId)}/participants`;

/** Invites the holder of an existing account (404 `no_account` otherwise). */
export function inviteParticipant(
  meetingId: string,
  invitation: { readonly email: string; readonly role: Role },
): Promise<ApiResult<Participant>> {
  return request(participantsPath(meetingId), {
    method: 'POST',
    body: invitation,
    parse: parseParticipant,
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
