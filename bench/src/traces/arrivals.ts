import type * as Y from 'yjs';

/**
 * What one typed transaction added to the document: the typing client's clock after it (its
 * insertions) and the characters it deleted, by Yjs id. A deletion moves no clock, so a trace
 * that holds backspace for 8,000 transactions would look idle by clocks alone.
 */
export interface Footprint {
  readonly client: number;
  readonly clock: number;
  /** `[client, clock]` of each character it deleted. */
  readonly deleted: readonly (readonly [number, number])[];
}

/** The footprint of a local transaction on `doc`. */
export function footprintOf(transaction: Y.Transaction, client: number): Footprint {
  return {
    client,
    clock: transaction.afterState.get(client) ?? 0,
    deleted: deletedIds(transaction),
  };
}

function deletedIds(transaction: Y.Transaction): [number, number][] {
  const ids: [number, number][] = [];
  for (const [client, ranges] of transaction.deleteSet.clients) {
    for (const { clock, len } of ranges) {
      for (let offset = 0; offset < len; offset += 1) ids.push([client, clock + offset]);
    }
  }
  return ids;
}

/**
 * What a client's document has received: each client's clock and every deleted character.
 * `holds(footprint)` says whether a typed transaction has arrived, whichever way the server
 * grouped the updates it passed on.
 */
export class Arrivals {
  readonly #clocks = new Map<number, number>();
  readonly #deleted = new Map<number, Set<number>>();
  #waiting: (() => void)[] = [];

  constructor(doc: Y.Doc) {
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      for (const [client, clock] of transaction.afterState) this.#clocks.set(client, clock);
      for (const [client, clock] of deletedIds(transaction)) {
        let clocks = this.#deleted.get(client);
        if (clocks === undefined) this.#deleted.set(client, (clocks = new Set()));
        clocks.add(clock);
      }
      const wake = this.#waiting;
      this.#waiting = [];
      for (const resolve of wake) resolve();
    });
  }

  holds(footprint: Footprint): boolean {
    if ((this.#clocks.get(footprint.client) ?? 0) < footprint.clock) return false;
    return footprint.deleted.every(
      ([client, clock]) => this.#deleted.get(client)?.has(clock) === true,
    );
  }

  /** Resolves at the document's next transaction, or after 50 ms at the latest. */
  progress(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 50);
      this.#waiting.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
