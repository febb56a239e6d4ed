/** How many presence ids a room remembers the owner of, present or departed. */
export const MAX_REMEMBERED_PRESENCES = 10_000;

/**
 * Which person each presence (awareness client id) of a room belongs to: the one whose connection
 * announced it first, here or on another instance. Only that person's connections may set or
 * remove it, so nobody can rename, move or remove another person's presence, or lock it with a
 * huge clock. An owner is remembered after the presence leaves, so that the id cannot be taken
 * while its owner reconnects; the oldest departed ones are forgotten past a bound.
 */
export class PresenceOwners {
  readonly #owners = new Map<number, string>();
  readonly #present: (client: number) => boolean;
  readonly #limit: number;

  /** `present` says whether an id is shown now: a present id is never forgotten. */
  constructor(present: (client: number) => boolean, limit = MAX_REMEMBERED_PRESENCES) {
    this.#present = present;
    this.#limit = limit;
  }

  ownerOf(client: number): string | undefined {
    return this.#owners.get(client);
  }

  /** Records `person` as the owner of `client`; an id that has an owner keeps it. */
  claim(client: number, person: string): void {
    if (this.#owners.has(client)) return;
    if (this.#owners.size >= this.#limit) this.#forgetOldestDeparted();
    this.#owners.set(client, person);
  }

  #forgetOldestDeparted(): void {
    for (const client of this.#owners.keys()) {
      if (this.#present(client)) continue;
      this.#owners.delete(client);
      return;
    }
  }
}
