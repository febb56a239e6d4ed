import { sql, type Kysely } from 'kysely';

// Accounts an administrator runs from the browser (issue 16). A disabled account keeps its row
// (its name stays on what it wrote) but signs nothing in; a one-time password link is stored
// only as a hash, with its expiry and the moment it was used, so that it works once.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users ADD COLUMN disabled_at TEXT`.execute(db);
  await sql`CREATE TABLE password_links (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
  )`.execute(db);
  await sql`CREATE INDEX password_links_user ON password_links (user_id)`.execute(db);
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Accounts are never migrated down.'));
}
