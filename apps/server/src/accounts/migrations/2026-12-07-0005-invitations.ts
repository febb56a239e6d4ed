import { sql, type Kysely } from 'kysely';

// Invitations for emails without an account (issue #16, decision 40): mutable state (withdrawn,
// accepted) beside the accounts, not in the log; the roster event is appended when one is
// accepted. Only the link's hash is stored.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL,
    email TEXT NOT NULL,
    role TEXT NOT NULL,
    invited_by TEXT NOT NULL REFERENCES users(id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    withdrawn_at TEXT,
    accepted_at TEXT
  )`.execute(db);
  await sql`CREATE INDEX invitations_meeting ON invitations (meeting_id, email)`.execute(db);
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Accounts are never migrated down.'));
}
