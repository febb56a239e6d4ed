import { sql, type Kysely } from 'kysely';

// The first run's one-time codes (decision 26), as hashes. In the database rather than in one
// instance's memory, so that the code any instance printed works whichever instance answers.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE setup_codes (
    code_hash TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
  )`.execute(db);
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Accounts are never migrated down.'));
}
