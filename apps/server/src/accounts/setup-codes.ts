import { createHash, randomInt } from 'node:crypto';
import type { AccountsDatabase } from './accounts-database.js';

// Crockford's base32: no I, L, O or U, so that a code read off a console is typed back right.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/**
 * The first run's one-time setup codes (decision 26): while no administrator exists, each start
 * issues one and prints it on the server's console; creating the first administrator needs one
 * and then clears them all. 80 random bits: guessing one over HTTP is hopeless. Only hashes are
 * stored.
 */
export class SetupCodes {
  constructor(
    private readonly db: AccountsDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** A new code, 'K7QF-2M9X-HC4T-8WZD'; it works until the first administrator exists. */
  async issue(): Promise<string> {
    const code = Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
    ).join('-');
    await this.db
      .insertInto('setup_codes')
      .values({ code_hash: hashOf(code), created_at: this.clock().toISOString() })
      .execute();
    return code;
  }

  /** Whether `typed` is a code issued and not yet cleared (case, spaces and dashes aside). */
  async accepts(typed: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('setup_codes')
      .select('code_hash')
      .where('code_hash', '=', hashOf(typed))
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Once the first administrator exists, no code opens anything. */
  async clear(): Promise<void> {
    await this.db.deleteFrom('setup_codes').execute();
  }
}

function hashOf(typed: string): string {
  const normalised = typed
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return createHash('sha256').update(`setup:${normalised}`).digest('hex');
}
