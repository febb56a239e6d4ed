import { getJson } from './rapporteur-api.js';
import type { DrillClient } from './drill-client.js';
import { acknowledgedButMissing, documentOfLog, duplicatedItems } from './log-checks.js';
import { readStoredUpdates, type LogDatabase } from './stored-updates.js';

/** What the log says after a drill, measured against what the clients were told and hold. */
export interface LogAudit {
  readonly storedUpdates: number;
  readonly text: string;
  /** Acknowledged as saved, yet not in the log: must be empty. */
  readonly lostAcknowledged: ReturnType<typeof acknowledgedButMissing>;
  /** Written by a client (its own state vector), yet not in the log: empty once all is saved. */
  readonly unsavedWritten: ReturnType<typeof acknowledgedButMissing>;
  /** Items stored twice: must be empty. */
  readonly duplicated: ReturnType<typeof duplicatedItems>;
  /** The server's own hash-chain check (GET /api/meetings/:id/verify). */
  readonly verified: boolean;
}

export async function auditLog(
  database: LogDatabase,
  access: { url: string; token: string; meetingId: string },
  clients: readonly DrillClient[],
): Promise<LogAudit> {
  const updates = await readStoredUpdates(database, access.meetingId);
  const log = documentOfLog(updates);
  const acknowledged = new Map<number, number>();
  const written = new Map<number, number>();
  for (const client of clients) {
    for (const [id, clock] of client.acknowledged)
      acknowledged.set(id, Math.max(clock, acknowledged.get(id) ?? 0));
    // Only what the client wrote itself: its copy of others' edits proves nothing about them.
    const own = client.written().get(client.doc.clientID) ?? 0;
    written.set(client.doc.clientID, Math.max(own, written.get(client.doc.clientID) ?? 0));
  }
  const verification = await getJson(
    `${access.url}/api/meetings/${access.meetingId}/verify`,
    access.token,
  );
  return {
    storedUpdates: updates.length,
    text: log.text,
    lostAcknowledged: acknowledgedButMissing(log.stateVector, acknowledged),
    unsavedWritten: acknowledgedButMissing(log.stateVector, written),
    duplicated: duplicatedItems(updates),
    verified: verification.status === 200 && (verification.body as { ok?: unknown }).ok === true,
  };
}

/** True when every client shows the same text; the texts, for a failure message, otherwise. */
export function convergence(clients: readonly DrillClient[]): {
  converged: boolean;
  texts: string;
} {
  const texts = clients.map((client) => client.text.toJSON());
  return {
    converged: texts.every((text) => text === texts[0]),
    texts: clients
      .map((client, index) => `${client.name}: ${String(texts[index]?.length)} chars`)
      .join(', '),
  };
}
