import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { AccountsDatabase } from './accounts-database.js';
import { AccountInputError } from './account-input-error.js';
import { checkPassword } from './check-password.js';
import { hashPassword, verifyPassword } from './passwords.js';
import {
  lastAdministrator,
  noSuchAccount,
  notYourself,
  wrongPassword,
} from './account-refusals.js';

/** An account as the People screen lists it. */
export interface AccountListing {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly admin: boolean;
  readonly disabled: boolean;
  /** No password yet: the person has not used their one-time link. */
  readonly passwordSet: boolean;
  readonly createdAt: string;
}

const ID = /^[0-9a-f-]{36}$/i;

/**
 * What an administrator does to accounts, and what a person does to their own: the rules that
 * keep an installation runnable live here (never the last administrator withdrawn, nobody
 * disables themselves), not in the routes.
 */
export class AccountAdmin {
  constructor(
    private readonly db: AccountsDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(): Promise<AccountListing[]> {
    const rows = await this.db.selectFrom('users').selectAll().orderBy('name').execute();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      admin: Boolean(row.admin),
      disabled: row.disabled_at !== null,
      passwordSet: row.password_hash.startsWith('scrypt$'),
      createdAt: row.created_at,
    }));
  }

  /** The account, or the refusal `no_such_account`. */
  async get(userId: string): Promise<AccountListing> {
    const found = ID.test(userId) ? (await this.list()).find((a) => a.id === userId) : undefined;
    return found ?? throwNoSuchAccount();
  }

  /** Disables or enables `userId`; `actorId` may not disable themselves. */
  async setDisabled(actorId: string, userId: string, disabled: boolean): Promise<AccountListing> {
    const account = await this.get(userId);
    if (disabled && userId === actorId) throw notYourself('disable');
    if (account.disabled !== disabled)
      await this.db
        .updateTable('users')
        .set({ disabled_at: disabled ? this.now() : null })
        .where('id', '=', userId)
        .execute();
    return this.get(userId);
  }

  /** Grants or withdraws administrator; never withdraws the last enabled one. */
  async setAdmin(userId: string, admin: boolean): Promise<AccountListing> {
    const account = await this.get(userId);
    if (admin) {
      await this.db.updateTable('users').set({ admin: 1 }).where('id', '=', userId).execute();
      return this.get(userId);
    }
    // One statement, so that two administrators withdrawing each other at once on SQLite cannot
    // both succeed: the count is read where the row is written.
    const result = await this.db
      .updateTable('users')
      .set({ admin: 0 })
      .where('id', '=', userId)
      .where(
        sql<boolean>`(SELECT COUNT(*) FROM users AS others WHERE others.admin = 1 AND others.disabled_at IS NULL AND others.id <> ${userId}) > 0`,
      )
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0 && account.admin) throw lastAdministrator(account.name);
    return this.get(userId);
  }

  async rename(userId: string, name: string): Promise<AccountListing> {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 120)
      throw new AccountInputError('invalid_name', 'A name must be 1 to 120 characters.');
    await this.db.updateTable('users').set({ name: trimmed }).where('id', '=', userId).execute();
    return this.get(userId);
  }

  /** Changes the person's password if `current` is right; their other sessions end. */
  async changePassword(
    userId: string,
    { current, next }: { readonly current: string; readonly next: string },
    keepSessionId: string | undefined,
  ): Promise<void> {
    const row = await this.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', userId)
      .executeTakeFirst();
    if (row === undefined) throw noSuchAccount();
    if (!(await verifyPassword(current, row.password_hash))) throw wrongPassword();
    checkPassword(next);
    await this.db
      .updateTable('users')
      .set({ password_hash: await hashPassword(next) })
      .where('id', '=', userId)
      .execute();
    await this.endOtherSessions(userId, keepSessionId);
  }

  /** Ends every session of the person but `keepSessionId`; how many ended. */
  async endOtherSessions(userId: string, keepSessionId: string | undefined): Promise<number> {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (keepSessionId !== undefined) query = query.where('id_hash', '<>', hashOf(keepSessionId));
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private now(): string {
    return this.clock().toISOString();
  }
}

function hashOf(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

function throwNoSuchAccount(): never {
  throw noSuchAccount();
}
