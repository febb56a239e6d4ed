import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { Accounts } from './accounts.js';
import { openAccountsDatabase, type AccountsTables } from './accounts-database.js';
import * as accounts0001 from './migrations/2026-11-28-0001-accounts.js';

const DAY_MS = 24 * 3600 * 1000;

describe('upgrading a database whose tokens never expired (decision 25)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-token-migration-'));
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives every existing token 90 days from the upgrade', async () => {
    const file = join(folder, 'old.sqlite');
    // The accounts tables as the first release left them, with one token in use.
    const old = new Kysely<AccountsTables>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(file) }),
    });
    const { error } = await new Migrator({
      db: old,
      provider: {
        getMigrations: () => Promise.resolve({ '2026-11-28-0001-accounts': accounts0001 }),
      },
      migrationTableName: 'accounts_migration',
      migrationLockTableName: 'accounts_migration_lock',
    }).migrateToLatest();
    expect(error).toBeUndefined();
    // The user row as the first release wrote it (later migrations add columns to it).
    const user = { id: 'user-1' };
    await sql`INSERT INTO users (id, email, name, password_hash, admin, created_at)
      VALUES ('user-1', 'bot@itu.example', 'Minutes bot', 'scrypt$x', 0, '2026-11-30T00:00:00.000Z')`.execute(
      old,
    );
    // The row as the first release wrote it: no expires_at column yet.
    await sql`INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, revoked_at)
      VALUES ('token-1', ${user.id}, 'bot', 'hash', '2026-11-30T00:00:00.000Z', NULL)`.execute(old);
    await old.destroy();

    const upgraded = await openAccountsDatabase(`sqlite:${file}`);
    try {
      const [token] = await new Accounts(upgraded).listTokens(user.id);
      expect(Date.parse(token!.expiresAt) - Date.now()).toBeGreaterThan(89.9 * DAY_MS);
      expect(Date.parse(token!.expiresAt) - Date.now()).toBeLessThanOrEqual(90 * DAY_MS);
    } finally {
      await upgraded.destroy();
    }
  });
});
