/**
 * What a server-made draft update records in its metadata as `origin`: an imported file (the
 * import endpoint, the demo meeting) or a repair the room made as it loaded. Updates from
 * editors carry no origin; their `connection` names the socket they came over.
 */
export type ServerOrigin = 'import' | 'repair';

/**
 * Where a stored DraftUpdated came from, read from its metadata: `unknown` for an update the
 * server stored before origins were recorded (an import or a repair then looked alike: a
 * `server:` connection, or none at all for the demo meeting), so that readers may fall back
 * to guessing for those drafts only.
 */
export type DraftOrigin = ServerOrigin | 'editor' | 'unknown';

const SERVER_CONNECTION = 'server:';

/** Where the update with this metadata came from (`draftOrigin(event.metadata)`). */
export function draftOrigin(metadata: Readonly<Record<string, unknown>>): DraftOrigin {
  const { origin, connection } = metadata;
  if (origin === 'import' || origin === 'repair') return origin;
  if (typeof connection === 'string' && !connection.startsWith(SERVER_CONNECTION)) return 'editor';
  return 'unknown';
}

/** The id of the connection the server's own updates are stored under. */
export function serverConnectionId(actorId: string): string {
  return `${SERVER_CONNECTION}${actorId}`;
}
