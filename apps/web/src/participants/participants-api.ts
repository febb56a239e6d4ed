import {
  InvitationAnswerSchema,
  PendingInvitationListSchema,
  readerOf,
  type Invitation,
  type InvitationAnswer,
  type PendingInvitation,
} from '@rapporteur/api-contract';
import type { Role } from '@rapporteur/domain';

import { request, type ApiResult } from '../api/http.js';
import { parseParticipant, type Participant } from '../meeting/meeting-api.js';

const participantsPath = (meetingId: string): string =>
  `/api/meetings/${encodeURIComponent(meetingId)}/participants`;

/** What is asked (an email and a role), and what the server answers (decision 40). */
export type { Invitation, InvitationAnswer, PendingInvitation };

const parseAnswer = readerOf(InvitationAnswerSchema);
const parsePending = readerOf(PendingInvitationListSchema);
const invitationsPath = (meetingId: string): string =>
  `/api/meetings/${encodeURIComponent(meetingId)}/invitations`;

/**
 * Invites the holder of `email`: an account joins at once; an email without one gets a pending
 * invitation and the one-time link to send.
 */
export function inviteParticipant(
  meetingId: string,
  invitation: Invitation,
): Promise<ApiResult<InvitationAnswer>> {
  return request(participantsPath(meetingId), {
    method: 'POST',
    body: invitation,
    parse: parseAnswer,
  });
}

/** The meeting's invitations still waiting for someone to follow their link. */
export function pendingInvitations(
  meetingId: string,
  signal?: AbortSignal,
): Promise<ApiResult<PendingInvitation[]>> {
  return request(invitationsPath(meetingId), {
    parse: (body) => parsePending(body)?.slice(),
    ...(signal === undefined ? {} : { signal }),
  });
}

/** Withdraws a pending invitation: its link stops working at once. */
export function withdrawInvitation(meetingId: string, id: string): Promise<ApiResult<true>> {
  return request(`${invitationsPath(meetingId)}/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    parse: () => true,
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
