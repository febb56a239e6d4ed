import { sql, type Kysely } from 'kysely';

// Tokens made before this migration never expired. They get 90 days from the upgrade (the
// default lifetime, written here as a number: migrations import no application code), so that
// no token stays valid forever and the scripts using them have three months' notice (decision 25).
const EXISTING_TOKEN_DAYS = 90;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE api_tokens ADD COLUMN expires_at TEXT`.execute(db);
  const expiresAt = new Date(Date.now() + EXISTING_TOKEN_DAYS * 24 * 3600 * 1000).toISOString();
  await sql`UPDATE api_tokens SET expires_at = ${expiresAt} WHERE expires_at IS NULL`.execute(db);
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Accounts are never migrated down.'));
}
