import { DRAFT_UPDATED, draftStream } from '@rapporteur/draft-log';
import Database from 'better-sqlite3';
import pg from 'pg';

/** Where a drill's event log lives: read directly, as an auditor with the database would. */
export type LogDatabase =
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'sqlite'; readonly file: string };

/** Every DraftUpdated payload of a draft's stream, in revision order, exactly as stored. */
export async function readStoredUpdates(
  database: LogDatabase,
  draftId: string,
): Promise<Uint8Array[]> {
  const stream = draftStream(draftId);
  if (database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const rows = await client.query<{ data: Buffer }>(
        'SELECT data FROM events WHERE stream_id = $1 AND type = $2 ORDER BY revision',
        [stream, DRAFT_UPDATED],
      );
      return rows.rows.map((row) => new Uint8Array(row.data));
    } finally {
      await client.end();
    }
  }
  // Read beside the running server: WAL lets readers in during writes.
  const sqlite = new Database(database.file, { readonly: true });
  try {
    sqlite.pragma('busy_timeout = 5000');
    const rows = sqlite
      .prepare('SELECT data FROM events WHERE stream_id = ? AND type = ? ORDER BY revision')
      .all(stream, DRAFT_UPDATED) as { data: Buffer }[];
    return rows.map((row) => new Uint8Array(row.data));
  } finally {
    sqlite.close();
  }
}
