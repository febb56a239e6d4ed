import { CLOSE_CODES } from '@rapporteur/collab/protocol';

/**
 * What to tell the person, in their words, after the server closed the draft's connection for
 * good (y-websocket stops reconnecting on 4400-4499). The codes and their meaning are the
 * server's table, imported; only the sentences are the web app's.
 */
const SENTENCES: ReadonlyMap<number, string> = new Map([
  [
    CLOSE_CODES.unauthenticated.code,
    'You are signed out. Sign in again to keep working on this draft.',
  ],
  // Not (or no longer) a participant; also what anyone but an administrator gets for no meeting.
  [
    CLOSE_CODES.forbidden.code,
    'You are no longer a participant in this meeting, so the draft has closed for you.',
  ],
  // Only administrators are told that a meeting does not exist.
  [CLOSE_CODES.notFound.code, 'This meeting has no draft any more.'],
]);

/** What to tell the person when the server closed the draft's connection for good. */
export function describeClose(code: number, reason: string): string {
  const sentence = SENTENCES.get(code);
  if (sentence !== undefined) return sentence;
  return reason.trim() === '' ? 'The server closed the connection.' : reason;
}
