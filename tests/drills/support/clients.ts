import { DrillClient } from './drill-client.js';
import type { Teardown } from './teardown.js';

/** `count` clients of one server URL (an instance or the balancer), destroyed at teardown. */
export function connectClients(
  teardown: Teardown,
  server: { url: string; meetingId: string; token: string },
  names: readonly string[],
): DrillClient[] {
  return names.map((name) =>
    teardown.add(new DrillClient(name, server), (client) => {
      client.destroy();
    }),
  );
}

/** Names for `count` clients with a prefix: A1, A2, ... */
export function names(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);
}
