import type { EventStore } from '@rapporteur/event-store';

/** A real store whose appends can be held back, to see what a room does before one is durable. */
export interface HeldAppends {
  readonly store: EventStore;
  /** How many events each append that reached the store carried, in order. */
  readonly appended: number[];
  /** Holds every append from now on until `release`. */
  hold(): void;
  /** Lets held appends (and later ones) through. */
  release(): void;
  /** Resolves once an append is waiting behind the hold. */
  waiting(): Promise<void>;
  /** Makes every append from now on fail as a database that went away does. */
  breakDown(): void;
}

/** Wraps `store` so that its appends can be held, counted and failed; everything else is the store's. */
export function heldAppends(store: EventStore): HeldAppends {
  const appended: number[] = [];
  let gate: Promise<void> | undefined;
  let open: () => void = () => undefined;
  let arrived: () => void = () => undefined;
  let arrival = new Promise<void>((resolve) => (arrived = resolve));
  let broken = false;
  const held: EventStore = {
    ...store,
    append: async (...args) => {
      arrived();
      arrival = new Promise<void>((resolve) => (arrived = resolve));
      if (gate !== undefined) await gate;
      if (broken) throw new Error('The database went away.');
      const result = await store.append(...args);
      appended.push(args[1].length);
      return result;
    },
  };
  return {
    store: held,
    appended,
    hold: () => {
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => {
      gate = undefined;
      open();
    },
    waiting: () => arrival,
    breakDown: () => {
      broken = true;
    },
  };
}
