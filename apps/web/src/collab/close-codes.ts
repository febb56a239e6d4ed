/**
 * The close codes after which the server will not take this socket back (y-websocket stops
 * reconnecting on 4400-4499). The server's table is in @rapporteur/collab; the web app only
 * needs to say what each means for the person.
 */
export const CLOSE_SIGNED_OUT = 4401;
/** Not (or no longer) a participant; also what anyone but an administrator gets for no meeting at all. */
export const CLOSE_NOT_A_PARTICIPANT = 4403;
/** Only administrators are told that a meeting does not exist. */
export const CLOSE_NO_SUCH_DRAFT = 4404;

/** What to tell the person when the server closed the draft's connection for good. */
export function describeClose(code: number, reason: string): string {
  switch (code) {
    case CLOSE_SIGNED_OUT:
      return 'You are signed out. Sign in again to keep working on this draft.';
    case CLOSE_NOT_A_PARTICIPANT:
      return 'You are no longer a participant in this meeting, so the draft has closed for you.';
    case CLOSE_NO_SUCH_DRAFT:
      return 'This meeting has no draft any more.';
    default:
      return reason.trim() === '' ? 'The server closed the connection.' : reason;
  }
}
