import { CLOSE_CODES } from '@rapporteur/collab';
import { WebSocket } from 'ws';
import type { Credential } from '../auth/auth-context.js';
import { whenCredentialCloses, type CredentialEnd } from '../auth/credential-closed.js';
import type { ClusterSignals } from '../cluster/cluster-signals.js';

/**
 * Closes the socket with 4401 (final: the provider does not retry with what cannot work) when the
 * credential that opened it is revoked, signed out (on any instance) or expires: the same watch
 * as an event stream's (`whenCredentialCloses`). Nothing is watched for a socket already closing.
 */
export function closeWhenCredentialEnds(
  socket: WebSocket,
  credential: Credential,
  signals: ClusterSignals,
): void {
  if (socket.readyState !== WebSocket.OPEN) return;
  const watch = whenCredentialCloses(signals, credential);
  socket.once('close', () => {
    watch.stop();
  });
  void watch.closed.then((end) => {
    socket.close(CLOSE_CODES.unauthenticated.code, reasonFor(credential.kind, end));
  });
}

/** What the person is told: what ended, and what to do about it. */
function reasonFor(kind: Credential['kind'], end: CredentialEnd): string {
  if (end === 'expired')
    return kind === 'token'
      ? 'The API token of this connection expired; sign in and create a new token.'
      : 'Your session expired; sign in again.';
  if (end === 'disabled') return 'An administrator disabled this account.';
  return kind === 'token' ? 'The API token of this connection was revoked.' : 'You signed out.';
}
