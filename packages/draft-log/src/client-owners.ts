import type { RecordedEvent } from '@rapporteur/event-store';

/**
 * Who owns each Yjs client id of a draft: the person whose stored update first carried content
 * under it. Authorship is read from these ids, so the room refuses content under an id that
 * belongs to someone else: a client cannot write in another person's name.
 */
export class ClientOwners {
  readonly #owners: Map<number, string>;

  constructor(entries: Iterable<readonly [number, string]> = []) {
    this.#owners = new Map(entries);
  }

  ownerOf(client: number): string | undefined {
    return this.#owners.get(client);
  }

  /** The first client id among `clients` that belongs to someone other than `actor`. */
  foreignClient(clients: readonly number[], actor: string): number | undefined {
    return clients.find((client) => {
      const owner = this.#owners.get(client);
      return owner !== undefined && owner !== actor;
    });
  }

  /** Records `actor` as the owner of the ids nobody owns yet; an owned id keeps its owner. */
  claim(clients: readonly number[], actor: string): void {
    for (const client of clients) if (!this.#owners.has(client)) this.#owners.set(client, actor);
  }

  /** Claims the ids a stored DraftUpdated event lists for its actor. */
  follow(event: RecordedEvent): void {
    const { actor, clients } = event.metadata as { actor?: unknown; clients?: unknown };
    if (typeof actor !== 'string' || !Array.isArray(clients)) return;
    this.claim(
      clients.filter((client): client is number => Number.isInteger(client)),
      actor,
    );
  }

  entries(): IterableIterator<[number, string]> {
    return this.#owners.entries();
  }

  get size(): number {
    return this.#owners.size;
  }
}
