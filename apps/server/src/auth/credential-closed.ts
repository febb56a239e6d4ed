import { createHash } from 'node:crypto';
import type { ClusterSignal, ClusterSignals } from '../cluster/cluster-signals.js';
import type { Credential } from './auth-context.js';

/** How a credential ended: what it opened is told why it closes. */
export type CredentialEnd = 'revoked' | 'signed-out' | 'expired' | 'disabled';

/** Whether this signal ends what the credential opened (its token revoked, its session signed out). */
export function closesCredential(signal: ClusterSignal, credential: Credential): boolean {
  switch (signal.kind) {
    case 'token-revoked':
      return credential.kind === 'token' && credential.tokenId === signal.tokenId;
    case 'signed-out':
      return credential.kind === 'session' && credential.sessionId === signal.sessionId;
    case 'meeting-changed':
      return false;
    case 'account-disabled':
      return credential.userId === signal.userId;
    case 'sessions-ended':
      return (
        credential.kind === 'session' &&
        credential.userId === signal.userId &&
        sessionHash(credential.sessionId) !== signal.keepSessionHash
      );
  }
}

/** How the accounts store a session id; a signal names the session it keeps by this. */
export function sessionHash(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

// setTimeout's longest delay (about 24.8 days); a later expiry is waited for in steps.
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Resolves, with how it ended, when the credential is revoked or signed out, on this instance or
 * any other (the signals travel over Redis), or when it reaches its expiry (a token's, or a
 * browser session's). `stop` forgets the credential once what it opened has ended.
 */
export function whenCredentialCloses(
  signals: ClusterSignals,
  credential: Credential,
): { readonly closed: Promise<CredentialEnd>; stop(): void } {
  let stopSignals = (): void => undefined;
  let timer: NodeJS.Timeout | undefined;
  const closed = new Promise<CredentialEnd>((resolve) => {
    stopSignals = signals.on((signal) => {
      if (closesCredential(signal, credential))
        resolve(
          signal.kind === 'account-disabled'
            ? 'disabled'
            : signal.kind === 'token-revoked'
              ? 'revoked'
              : 'signed-out',
        );
    });
    const wait = (): void => {
      const left = Date.parse(credential.expiresAt) - Date.now();
      // An expiry that is not a date (NaN) counts as passed, as the accounts refuse it too.
      if (!(left > 0)) resolve('expired');
      else timer = setTimeout(wait, Math.min(left, LONGEST_TIMER_MS));
    };
    wait();
  });
  return {
    closed,
    stop: () => {
      stopSignals();
      clearTimeout(timer);
    },
  };
}
