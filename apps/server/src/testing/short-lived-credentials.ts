import { Accounts, SESSION_DAYS } from '../accounts/accounts.js';
import type { AccountsDatabase } from '../accounts/accounts-database.js';
import { SESSION_COOKIE } from '../auth/auth-context.js';
import type { TestServer } from './test-server.js';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The server's accounts with a clock set back so that what they make now ends `ms` from now: the
 * shortest real lifetimes are a day (tokens) and SESSION_DAYS (sessions), and no setting of the
 * server shortens them just for tests.
 */
function accountsEndingIn(running: TestServer, lifetimeMs: number, ms: number): Accounts {
  const db = (running.accounts as unknown as { db: AccountsDatabase }).db;
  return new Accounts(db, () => new Date(Date.now() - lifetimeMs + ms));
}

/** An API token of `userId` that expires `ms` from now. */
export async function tokenExpiringIn(
  running: TestServer,
  userId: string,
  ms: number,
): Promise<{ token: string; expiresAt: string }> {
  const { token, expiresAt } = await accountsEndingIn(running, DAY_MS, ms).createToken(
    userId,
    'short-lived',
    { days: 1 },
  );
  return { token, expiresAt };
}

/** A browser session of `userId` that expires `ms` from now, as its cookie header. */
export async function sessionExpiringIn(
  running: TestServer,
  userId: string,
  ms: number,
): Promise<{ cookie: string; expiresAt: string }> {
  const session = await accountsEndingIn(running, SESSION_DAYS * DAY_MS, ms).openSession(userId);
  return {
    cookie: `${SESSION_COOKIE}=${session.id}`,
    expiresAt: session.expiresAt.toISOString(),
  };
}
