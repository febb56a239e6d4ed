import { createHash, randomBytes } from 'node:crypto';
import type { AccountsDatabase } from './accounts-database.js';
import { checkPassword } from './check-password.js';
import { hashPassword } from './passwords.js';
import { passwordLinkExpired, passwordLinkInvalid, passwordLinkUsed } from './account-refusals.js';

/** How long a one-time link sets a password: long enough to reach someone by mail and back. */
export const PASSWORD_LINK_DAYS = 3;
const DAY_MS = 24 * 3600 * 1000;

const hashOf = (token: string): string =>
  createHash('sha256').update(`password-link:${token}`).digest('hex');

/**
 * One-time links that set a person's password: for an account made without one, and for a
 * password reset. No mail server: the administrator is shown the link and sends it. Only the
 * hash is stored; a link works once and until its expiry, and a new one for the same person
 * ends the older ones.
 */
export class PasswordLinks {
  constructor(
    private readonly db: AccountsDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** A new link's secret for this person, shown once, and when it expires. */
  async issue(userId: string): Promise<{ token: string; expiresAt: string }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + PASSWORD_LINK_DAYS * DAY_MS).toISOString();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('password_links')
        .set({ used_at: now.toISOString() })
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .execute();
      await trx
        .insertInto('password_links')
        .values({
          token_hash: hashOf(token),
          user_id: userId,
          created_at: now.toISOString(),
          expires_at: expiresAt,
          used_at: null,
        })
        .execute();
    });
    return { token, expiresAt };
  }

  /** Whose link this is, if it still works; refuses an unknown, used or expired one. */
  async holder(token: string): Promise<{ userId: string; name: string; email: string }> {
    const row = await this.db
      .selectFrom('password_links')
      .innerJoin('users', 'users.id', 'password_links.user_id')
      .select(['users.id', 'users.name', 'users.email', 'expires_at', 'used_at'])
      .where('token_hash', '=', hashOf(token))
      .executeTakeFirst();
    if (row === undefined) throw passwordLinkInvalid();
    if (row.used_at !== null) throw passwordLinkUsed();
    if (row.expires_at <= this.clock().toISOString()) throw passwordLinkExpired(row.expires_at);
    return { userId: row.id, name: row.name, email: row.email };
  }

  /**
   * Sets the password and spends the link, in one step: of two uses at once, one wins (the
   * update that finds the link unused) and the other is refused as used.
   */
  async redeem(token: string, password: string): Promise<{ userId: string }> {
    checkPassword(password);
    const { userId } = await this.holder(token);
    const passwordHash = await hashPassword(password);
    const now = this.clock().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const spent = await trx
        .updateTable('password_links')
        .set({ used_at: now })
        .where('token_hash', '=', hashOf(token))
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (Number(spent.numUpdatedRows) === 0) throw passwordLinkUsed();
      await trx
        .updateTable('users')
        .set({ password_hash: passwordHash })
        .where('id', '=', userId)
        .execute();
      // Whoever knew the old password is out: every session of the person ends.
      await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
      return { userId };
    });
  }
}
