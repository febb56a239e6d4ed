import type { ClusterSignal, ClusterSignals } from '../cluster/cluster-signals.js';
import type { Credential } from './auth-context.js';

/** Whether this signal ends what the credential opened (its token revoked, its session signed out). */
export function closesCredential(signal: ClusterSignal, credential: Credential): boolean {
  switch (signal.kind) {
    case 'token-revoked':
      return credential.kind === 'token' && credential.tokenId === signal.tokenId;
    case 'signed-out':
      return credential.kind === 'session' && credential.sessionId === signal.sessionId;
    case 'meeting-changed':
      return false;
  }
}

/**
 * Resolves when the credential is revoked or signed out, on this instance or any other (the
 * signals travel over Redis). `stop` forgets the credential once what it opened has ended.
 */
export function whenCredentialCloses(
  signals: ClusterSignals,
  credential: Credential,
): { readonly closed: Promise<void>; stop(): void } {
  let stop = (): void => undefined;
  const closed = new Promise<void>((resolve) => {
    stop = signals.on((signal) => {
      if (closesCredential(signal, credential)) resolve();
    });
  });
  return { closed, stop };
}
