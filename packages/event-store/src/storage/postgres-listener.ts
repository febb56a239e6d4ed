import type pg from 'pg';
import { loadPg } from './load-pg.js';
import type { ChangeNotifier } from '../change-notifier.js';

export const CHANNEL = 'rapporteur_events';
const RECONNECT_DELAY_MS = 500;

/**
 * One LISTEN connection per store. Notifications are a hint, never the truth: a lost connection
 * is reopened, and the reopening itself wakes readers, since notifications sent meanwhile are gone.
 */
export class Listener {
  #client: pg.Client | undefined;
  #starting: Promise<void> | undefined;
  #stopped = false;

  constructor(
    private readonly connection: pg.ClientConfig,
    private readonly schema: string,
    private readonly notifier: ChangeNotifier,
  ) {}

  start(): Promise<void> {
    this.#starting ??= this.#connect().catch(() => {
      this.#reconnectLater();
    });
    return this.#starting;
  }

  async #connect(): Promise<void> {
    const client = new (loadPg().Client)(this.connection);
    client.on('notification', (message) => {
      if (message.payload === this.schema) this.notifier.notify();
    });
    const lost = (): void => {
      if (this.#client !== client) return;
      this.#client = undefined;
      this.#reconnectLater();
    };
    client.on('error', lost);
    client.on('end', lost);
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    if (this.#stopped) {
      await client.end();
      return;
    }
    this.#client = client;
    this.notifier.notify();
  }

  #reconnectLater(): void {
    if (this.#stopped) return;
    setTimeout(() => {
      if (this.#stopped) return;
      this.#connect().catch(() => {
        this.#reconnectLater();
      });
    }, RECONNECT_DELAY_MS).unref();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#starting;
    const client = this.#client;
    this.#client = undefined;
    await client?.end();
  }
}

/**
 * Tells other processes that events were committed, after the commit and outside it: a NOTIFY
 * inside the appending transaction takes a database-wide lock at commit and serialised
 * concurrent writers. Commits that happen while a notification is on its way share the next
 * one, so a burst of appends costs a handful of notifications.
 */
export class Announcer {
  #sending = false;
  #again = false;
  #closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {}

  announce(): void {
    if (this.#closed) return;
    if (this.#sending) {
      this.#again = true;
      return;
    }
    this.#sending = true;
    this.pool
      .query('SELECT pg_notify($1, $2)', [CHANNEL, this.schema])
      .catch(() => undefined)
      .finally(() => {
        this.#sending = false;
        if (this.#again) {
          this.#again = false;
          this.announce();
        }
      });
  }

  /** Waits for the notification on its way, so that closing the pool loses none. */
  async close(): Promise<void> {
    while (this.#sending) await new Promise((resolve) => setTimeout(resolve, 1));
    this.#closed = true;
  }
}
