import type * as Y from 'yjs';

/**
 * What an observer client has received so far from each writer: the writer's Yjs clock as the
 * observer's document holds it, which is the number of characters it typed that arrived.
 */
export interface ObservedClocks {
  of(clientId: number): number;
  /** Resolves at the observer's next transaction, or after 50 ms at the latest. */
  progress(): Promise<void>;
}

export function observeClocks(observer: Y.Doc): ObservedClocks {
  const clocks = new Map<number, number>();
  let waiting: (() => void)[] = [];
  observer.on('afterTransaction', (transaction: Y.Transaction) => {
    for (const [client, clock] of transaction.afterState) clocks.set(client, clock);
    const wake = waiting;
    waiting = [];
    for (const resolve of wake) resolve();
  });
  return {
    of: (clientId) => clocks.get(clientId) ?? 0,
    progress: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}
