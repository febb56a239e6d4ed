import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openPostgresPool, SearchPathPostgresDialect } from '@rapporteur/event-store';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import * as accounts0001 from './migrations/2026-11-28-0001-accounts.js';
import * as accounts0002 from './migrations/2026-12-07-0002-token-expiry.js';
import * as accounts0003 from './migrations/2026-12-07-0003-setup-codes.js';
import * as accounts0004 from './migrations/2026-12-07-0004-account-admin.js';
import * as accounts0005 from './migrations/2026-12-07-0005-invitations.js';

/** The account tables: mutable state (passwords, sessions, tokens) that does not belong in the event log. */
export interface AccountsTables {
  users: {
    id: string;
    email: string;
    name: string;
    password_hash: string;
    admin: number;
    created_at: string;
    /** Set while an administrator has disabled the account (migration 0004). */
    disabled_at: string | null;
  };
  sessions: {
    id_hash: string;
    user_id: string;
    created_at: string;
    expires_at: string;
  };
  api_tokens: {
    id: string;
    user_id: string;
    name: string;
    token_hash: string;
    created_at: string;
    revoked_at: string | null;
    /** Set on every row (migration 0002 gave the older tokens theirs); a token expired is refused. */
    expires_at: string;
  };
  setup_codes: {
    code_hash: string;
    created_at: string;
  };
  password_links: {
    token_hash: string;
    user_id: string;
    created_at: string;
    expires_at: string;
    used_at: string | null;
  };
  /** Invitations of emails without an account (decision 40); the link only as a hash. */
  invitations: {
    id: string;
    meeting_id: string;
    email: string;
    role: string;
    invited_by: string;
    token_hash: string;
    created_at: string;
    expires_at: string;
    withdrawn_at: string | null;
    accepted_at: string | null;
  };
}

export type AccountsDatabase = Kysely<AccountsTables>;

/**
 * Opens the account tables in the same database as the event log (`sqlite:<path>`,
 * `sqlite::memory:` is refused: it would be a second, separate database) and migrates them.
 */
export async function openAccountsDatabase(
  url: string,
  options: { schema?: string } = {},
): Promise<AccountsDatabase> {
  const db = new Kysely<AccountsTables>({ dialect: dialectFor(url, options.schema) });
  if (url.startsWith('postgres') && options.schema !== undefined) {
    await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(options.schema)}`.execute(db);
  }
  const migrator = new Migrator({
    db,
    provider: {
      getMigrations: () =>
        Promise.resolve({
          '2026-11-28-0001-accounts': accounts0001,
          '2026-12-07-0002-token-expiry': accounts0002,
          '2026-12-07-0003-setup-codes': accounts0003,
          '2026-12-07-0004-account-admin': accounts0004,
          '2026-12-07-0005-invitations': accounts0005,
        }),
    },
    // Its own bookkeeping tables: the event store keeps Kysely's default ones.
    migrationTableName: 'accounts_migration',
    migrationLockTableName: 'accounts_migration_lock',
    ...(url.startsWith('postgres') ? { migrationTableSchema: options.schema ?? 'public' } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) {
    await db.destroy();
    throw error instanceof Error ? error : new Error('The account tables could not be migrated.');
  }
  return db;
}

function dialectFor(url: string, schema: string | undefined) {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (file === ':memory:')
      throw new Error('Accounts need a database file: use sqlite:<path>, not sqlite::memory:.');
    mkdirSync(dirname(file), { recursive: true });
    const database = new BetterSqlite3(file);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('busy_timeout = 5000');
    return new SqliteDialect({ database });
  }
  // The event log's kind of pool (an outage cannot crash the process), and migrations that look
  // at our own schema only (see SearchPathPostgresDialect).
  const pool = openPostgresPool({ url, max: 4, ...(schema === undefined ? {} : { schema }) });
  return new SearchPathPostgresDialect({ pool });
}
