import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AccountInputError } from './account-input-error.js';
import type { AccountsDatabase } from './accounts-database.js';
import { AccountAdmin } from './account-admin.js';
import { checkPassword } from './check-password.js';
import { PasswordLinks } from './password-links.js';
import { Invitations } from './invitations.js';
import { SetupCodes } from './setup-codes.js';
import { decoyHash, hashPassword, MAX_PASSWORD_LENGTH, verifyPassword } from './passwords.js';

export { AccountInputError, type AccountInputCode } from './account-input-error.js';

/** A person who can sign in. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly admin: boolean;
}

export const SESSION_DAYS = 14;
/** How long an API token works unless its maker asks for less (API_TOKEN_DAYS). */
export const DEFAULT_TOKEN_DAYS = 90;
/** The longest lifetime anyone may give a token: ten years. */
export const MAX_TOKEN_DAYS = 3650;
const DAY_MS = 24 * 3600 * 1000;
const TOKEN_PREFIX = 'rap_';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function secret(): string {
  return randomBytes(32).toString('base64url');
}

/** Users, sessions and API tokens. Secrets are returned once and stored only as hashes. */
export class Accounts {
  /** The first run's one-time codes (decision 26). */
  readonly setupCodes: SetupCodes;
  /** What an administrator does to accounts, and a person to their own (issue 16). */
  readonly admin: AccountAdmin;
  /** One-time links that set a password. */
  readonly passwordLinks: PasswordLinks;
  /** Invitations of emails without an account, with one-time links (decision 40). */
  readonly invitations: Invitations;

  constructor(
    private readonly db: AccountsDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.setupCodes = new SetupCodes(db, clock);
    this.admin = new AccountAdmin(db, clock);
    this.passwordLinks = new PasswordLinks(db, clock);
    this.invitations = new Invitations(db, clock);
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** How many administrators there are: none means the first run's setup is still to be done. */
  async countAdmins(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('admin', '=', 1)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async create(input: {
    email: string;
    name: string;
    /** null: no password yet; the person sets one with a one-time link (password-links.ts). */
    password: string | null;
    admin?: boolean;
  }): Promise<User> {
    const email = normaliseEmail(input.email);
    const name = input.name.trim();
    if (name.length === 0 || name.length > 120)
      throw new AccountInputError('invalid_name', 'A name must be 1 to 120 characters.');
    if (input.password !== null) checkPassword(input.password);
    if ((await this.findByEmail(email)) !== undefined) {
      throw new AccountInputError('email_taken', `There is already an account for ${email}.`);
    }
    const user = { id: randomUUID(), email, name, admin: input.admin === true };
    await this.db
      .insertInto('users')
      .values({
        ...user,
        admin: user.admin ? 1 : 0,
        // '!' is no scrypt hash: it verifies no password at all.
        password_hash: input.password === null ? '!' : await hashPassword(input.password),
        created_at: this.clock().toISOString(),
        disabled_at: null,
      })
      .execute();
    return user;
  }

  async findByEmail(email: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    return row === undefined ? undefined : toUser(row);
  }

  async findById(id: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toUser(row);
  }

  /** The user for this email and password, or undefined; the same work and answer for both failures. */
  async verify(email: string, password: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    if (password.length > MAX_PASSWORD_LENGTH) return undefined;
    const matches = await verifyPassword(password, row?.password_hash ?? (await decoyHash()));
    return row !== undefined && matches && row.disabled_at === null ? toUser(row) : undefined;
  }

  /** Opens a session; the returned id goes into the cookie and is stored only as a hash. */
  async openSession(userId: string): Promise<{ id: string; expiresAt: Date }> {
    const id = secret();
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
    await this.db
      .insertInto('sessions')
      .values({
        id_hash: sha256(id),
        user_id: userId,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
      })
      .execute();
    return { id, expiresAt };
  }

  async userForSession(id: string): Promise<User | undefined> {
    return (await this.resolveSession(id))?.user;
  }

  /** The session's person and expiry (to close what it opened when it expires or signs out). */
  async resolveSession(id: string): Promise<{ user: User; expiresAt: string } | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .select('sessions.expires_at')
      .where('sessions.id_hash', '=', sha256(id))
      .where('users.disabled_at', 'is', null)
      .executeTakeFirst();
    if (row === undefined || row.expires_at <= this.clock().toISOString()) return undefined;
    return { user: toUser(row), expiresAt: row.expires_at };
  }

  async closeSession(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', sha256(id)).execute();
  }

  /** Creates an API token that works for `days` (90 unless said); its secret is shown this once. */
  async createToken(
    userId: string,
    name: string,
    { days = DEFAULT_TOKEN_DAYS }: { days?: number } = {},
  ): Promise<{ id: string; name: string; token: string; expiresAt: string }> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)
      throw new RangeError(`A token works for 1 to ${MAX_TOKEN_DAYS} whole days, not ${days}.`);
    const token = `${TOKEN_PREFIX}${secret()}`;
    const id = randomUUID();
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + days * DAY_MS).toISOString();
    await this.db
      .insertInto('api_tokens')
      .values({
        id,
        user_id: userId,
        name,
        token_hash: sha256(token),
        created_at: now.toISOString(),
        revoked_at: null,
        expires_at: expiresAt,
      })
      .execute();
    return { id, name, token, expiresAt };
  }

  async userForToken(token: string): Promise<User | undefined> {
    return (await this.resolveToken(token))?.user;
  }

  /** The token's owner, id and expiry (to close what it opened when it is revoked or expires). */
  async resolveToken(
    token: string,
  ): Promise<{ user: User; tokenId: string; expiresAt: string } | undefined> {
    if (!token.startsWith(TOKEN_PREFIX)) return undefined;
    const row = await this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .selectAll('users')
      .select(['api_tokens.id as token_id', 'api_tokens.expires_at as token_expires_at'])
      .where('api_tokens.token_hash', '=', sha256(token))
      .where('api_tokens.revoked_at', 'is', null)
      .where('api_tokens.expires_at', '>', this.clock().toISOString())
      .where('users.disabled_at', 'is', null)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { user: toUser(row), tokenId: row.token_id, expiresAt: row.token_expires_at };
  }

  /** When this token expired, if it is one of ours, not revoked, and past its expiry. */
  async expiryOfExpiredToken(token: string): Promise<string | undefined> {
    if (!token.startsWith(TOKEN_PREFIX)) return undefined;
    const row = await this.db
      .selectFrom('api_tokens')
      .select('expires_at')
      .where('token_hash', '=', sha256(token))
      .where('revoked_at', 'is', null)
      .where('expires_at', '<=', this.clock().toISOString())
      .executeTakeFirst();
    return row?.expires_at;
  }

  async listTokens(
    userId: string,
  ): Promise<
    { id: string; name: string; createdAt: string; expiresAt: string; revoked: boolean }[]
  > {
    const rows = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      revoked: row.revoked_at !== null,
    }));
  }

  /** Revokes one of the user's tokens; false if they have no such token. */
  async revokeToken(userId: string, tokenId: string): Promise<boolean> {
    const result = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: this.clock().toISOString() })
      .where('id', '=', tokenId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

function toUser(row: { id: string; email: string; name: string; admin: number | boolean }): User {
  return { id: row.id, email: row.email, name: row.name, admin: Boolean(row.admin) };
}

function normaliseEmail(email: string): string {
  const normalised = email.trim().toLowerCase();
  if (normalised.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalised)) {
    throw new AccountInputError('invalid_email', `"${email}" is not an email address.`);
  }
  return normalised;
}
