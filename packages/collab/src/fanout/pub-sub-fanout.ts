import { randomUUID } from 'node:crypto';
import type { DraftFanout, RoomChannel, RoomListener } from './draft-fanout.js';
import { decodeFanoutMessage, encodeFanoutMessage, type FanoutMessage } from './fanout-message.js';
import type { PubSub } from './pub-sub.js';

export interface PubSubFanoutOptions {
  /** Channel names start with it, so that deployments sharing a Redis do not hear each other. */
  readonly prefix: string;
  readonly onError?: (error: unknown) => void;
}

/**
 * Fan-out over a publish/subscribe bus: one channel per draft, joined while the draft's room is
 * loaded. An instance ignores its own messages. After the bus comes back, every room is told to
 * resync from the log, since whatever was published meanwhile is lost.
 */
export class PubSubFanout implements DraftFanout {
  /** Tells this instance's messages from the others'. */
  readonly instance = randomUUID();
  readonly shared = true;
  readonly #listeners = new Set<RoomListener>();
  readonly #stopReconnects: () => void;

  constructor(
    private readonly bus: PubSub,
    private readonly options: PubSubFanoutOptions,
  ) {
    this.#stopReconnects = bus.onReconnect(() => {
      for (const listener of this.#listeners) listener.resync();
    });
  }

  join(draftId: string, listener: RoomListener): RoomChannel {
    const channel = `${this.options.prefix}draft:${draftId}`;
    this.#listeners.add(listener);
    const unsubscribe = this.bus.subscribe(
      channel,
      (bytes) => {
        this.#deliver(bytes, listener);
      },
      // What was published between loading the room and subscribing is read from the log.
      () => {
        listener.resync();
      },
    );
    const publish = (message: FanoutMessage): void => {
      this.bus.publish(channel, encodeFanoutMessage(message));
    };
    return {
      publishStored: (stored) => {
        publish({ kind: 'update', from: this.instance, sentAt: Date.now(), stored });
      },
      publishAwareness: (update, owners) => {
        publish({ kind: 'awareness', from: this.instance, sentAt: Date.now(), update, owners });
      },
      leave: () => {
        this.#listeners.delete(listener);
        unsubscribe();
      },
    };
  }

  close(): void {
    this.#stopReconnects();
    this.#listeners.clear();
  }

  #deliver(bytes: Uint8Array, listener: RoomListener): void {
    let message: FanoutMessage;
    try {
      message = decodeFanoutMessage(bytes);
    } catch (error) {
      this.options.onError?.(error);
      return;
    }
    if (message.from === this.instance) return;
    if (message.kind === 'update') listener.stored(message.stored, message.sentAt);
    else listener.awareness(message.update, message.owners);
  }
}
