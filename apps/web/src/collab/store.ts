/**
 * A value that changes over time, in the shape React's `useSyncExternalStore` reads. Properties
 * rather than methods, so that `store.subscribe` can be handed around without binding.
 */
export interface ReadableStore<T> {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => T;
}

export interface WritableStore<T> extends ReadableStore<T> {
  readonly set: (value: T) => void;
}

/**
 * A store holding one immutable value. `set` with a value `equals` to the current one does
 * nothing, so that trackers may recompute on every keystroke without re-rendering anyone.
 */
export function createStore<T>(
  initial: T,
  equals: (a: T, b: T) => boolean = Object.is,
): WritableStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => value,
    set(next) {
      if (equals(value, next)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
  };
}
