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

// setTimeout's longest delay (about 24.8 days); a later expiry is waited for in steps.
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Resolves when the credential is revoked or signed out, on this instance or any other (the
 * signals travel over Redis), or when a token reaches its expiry. `stop` forgets the credential
 * once what it opened has ended.
 */
export function whenCredentialCloses(
  signals: ClusterSignals,
  credential: Credential,
): { readonly closed: Promise<void>; stop(): void } {
  let stopSignals = (): void => undefined;
  let timer: NodeJS.Timeout | undefined;
  const closed = new Promise<void>((resolve) => {
    stopSignals = signals.on((signal) => {
      if (closesCredential(signal, credential)) resolve();
    });
    const expiresAt = credential.kind === 'token' ? credential.expiresAt : undefined;
    if (expiresAt === undefined) return;
    const wait = (): void => {
      const left = Date.parse(expiresAt) - Date.now();
      if (left <= 0) resolve();
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
