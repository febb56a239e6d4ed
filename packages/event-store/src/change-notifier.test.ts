import { describe, expect, it } from 'vitest';
import { ChangeNotifier } from './change-notifier.js';

describe('ChangeNotifier', () => {
  it('resolves at once when a change came after the version was read', async () => {
    const notifier = new ChangeNotifier();
    const seen = notifier.version;
    notifier.notify();
    await expect(
      notifier.changedSince(seen, new AbortController().signal),
    ).resolves.toBeUndefined();
  });

  it('waits for the next change, then wakes every waiter', async () => {
    const notifier = new ChangeNotifier();
    let woken = 0;
    const waits = [1, 2].map(() =>
      notifier
        .changedSince(notifier.version, new AbortController().signal)
        .then(() => (woken += 1)),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(woken).toBe(0);
    notifier.notify();
    await Promise.all(waits);
    expect(woken).toBe(2);
  });

  it('stops waiting when aborted', async () => {
    const notifier = new ChangeNotifier();
    const controller = new AbortController();
    const waiting = notifier.changedSince(notifier.version, controller.signal);
    controller.abort();
    await expect(waiting).resolves.toBeUndefined();
  });
});
