import type { RecordedEvent, Subscription } from '../src/index.js';

/**
 * Reads from a subscription until `count` events have arrived or `timeoutMs` passes, then closes
 * it. Returns what arrived, so a test can say what was missing rather than hang.
 */
export async function collect(
  subscription: Subscription,
  count: number,
  timeoutMs = 20_000,
): Promise<RecordedEvent[]> {
  const received: RecordedEvent[] = [];
  const timer = setTimeout(() => {
    subscription.close();
  }, timeoutMs);
  try {
    if (count > 0) {
      for await (const event of subscription) {
        received.push(event);
        if (received.length >= count) break;
      }
    }
  } finally {
    clearTimeout(timer);
    subscription.close();
  }
  return received;
}
