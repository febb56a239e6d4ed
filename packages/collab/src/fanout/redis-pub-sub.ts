import { createRequire } from 'node:module';
import type { Redis } from 'ioredis';
import type { PubSub } from './pub-sub.js';

const require = createRequire(import.meta.url);
// Required when a bus is made rather than imported: an instance without Redis never loads the
// client, which keeps a few MiB out of its idle memory (decision 49). ioredis is CommonJS.
let loaded: typeof Redis | undefined;
const RedisClient = (): typeof Redis =>
  (loaded ??= (require('ioredis') as { Redis: typeof Redis }).Redis);

const PING_TIMEOUT_MS = 1000;

/**
 * The bus over Redis pub/sub: one connection publishes, one listens (a subscribed Redis
 * connection can do nothing else). Both reconnect by themselves; nothing is queued while Redis is
 * down (publishing then drops the message: the log has it, and listeners catch up on reconnect).
 */
export class RedisPubSub implements PubSub {
  readonly #publisher: Redis;
  readonly #subscriber: Redis;
  readonly #handlers = new Map<string, Set<(message: Uint8Array) => void>>();
  readonly #reconnectListeners = new Set<() => void>();
  #connectedBefore = false;

  constructor(
    url: string,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    const options = {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      // Back off to at most a second, forever: an instance must recover by itself.
      retryStrategy: (attempt: number) => Math.min(attempt * 100, 1000),
    };
    this.#publisher = new (RedisClient())(url, options);
    // The subscriber queues its SUBSCRIBE commands until it is connected; ioredis re-subscribes
    // every channel after a reconnect by itself.
    this.#subscriber = new (RedisClient())(url, { ...options, enableOfflineQueue: true });
    this.#publisher.on('error', () => undefined);
    this.#subscriber.on('error', () => undefined);
    this.#subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      const handlers = this.#handlers.get(channel.toString());
      if (handlers === undefined) return;
      const bytes = new Uint8Array(message.buffer, message.byteOffset, message.byteLength);
      for (const handler of handlers) handler(bytes);
    });
    this.#subscriber.on('ready', () => {
      if (this.#connectedBefore) for (const listener of this.#reconnectListeners) listener();
      this.#connectedBefore = true;
    });
  }

  publish(channel: string, message: Uint8Array): void {
    if (this.#publisher.status !== 'ready') return;
    this.#publisher.publish(channel, Buffer.from(message)).catch(this.onError);
  }

  subscribe(
    channel: string,
    handler: (message: Uint8Array) => void,
    onActive: () => void = () => undefined,
  ): () => void {
    let handlers = this.#handlers.get(channel);
    if (handlers === undefined) {
      handlers = new Set();
      this.#handlers.set(channel, handlers);
    }
    handlers.add(handler);
    // Subscribing again to a channel is harmless in Redis, and tells us when it is active.
    this.#subscriber.subscribe(channel).then(onActive, this.onError);
    return () => {
      const current = this.#handlers.get(channel);
      if (current === undefined || !current.delete(handler) || current.size > 0) return;
      this.#handlers.delete(channel);
      this.#subscriber.unsubscribe(channel).catch(this.onError);
    };
  }

  onReconnect(listener: () => void): () => void {
    this.#reconnectListeners.add(listener);
    return () => this.#reconnectListeners.delete(listener);
  }

  async ping(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`Redis did not answer within ${PING_TIMEOUT_MS} ms.`));
      }, PING_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.#publisher.ping(), timeout]);
      if (this.#subscriber.status !== 'ready') throw new Error('The Redis subscription is down.');
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    this.#handlers.clear();
    this.#reconnectListeners.clear();
    await Promise.allSettled([this.#publisher.quit(), this.#subscriber.quit()]);
    this.#publisher.disconnect();
    this.#subscriber.disconnect();
  }
}
