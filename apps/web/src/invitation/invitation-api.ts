import {
  AcceptedInvitationSchema,
  InvitationPreviewSchema,
  readerOf,
  type AcceptedInvitation,
  type InvitationPreview,
} from '@rapporteur/api-contract';

import { request, type ApiResult } from '../api/http.js';

export type { AcceptedInvitation, InvitationPreview };

const parsePreview = readerOf(InvitationPreviewSchema);
const parseAccepted = readerOf(AcceptedInvitationSchema);

/** The token of an invitation link: what follows '#' in `/invitation#inv_...`. */
export function tokenOf(hash: string): string {
  return decodeURIComponent(hash.replace(/^#/, '').trim());
}

/** The meeting, role and inviter a link stands for; a refusal says why it no longer works. */
export function lookUpInvitation(
  token: string,
  signal?: AbortSignal,
): Promise<ApiResult<InvitationPreview>> {
  return request('/api/invitations/look-up', {
    method: 'POST',
    body: { token },
    parse: parsePreview,
    ...(signal === undefined ? {} : { signal }),
  });
}

/** Creates the account with this name and password, joins the meeting, and signs in. */
export function acceptInvitation(details: {
  readonly token: string;
  readonly name: string;
  readonly password: string;
}): Promise<ApiResult<AcceptedInvitation>> {
  return request('/api/invitations/accept', {
    method: 'POST',
    body: details,
    parse: parseAccepted,
  });
}
