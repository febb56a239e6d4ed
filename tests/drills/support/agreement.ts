import type { DrillClient } from './drill-client.js';
import { convergence } from './log-audit.js';
import type { ServerInstance } from './server-instance.js';
import { waitUntil } from './waiting.js';

/**
 * Waits until the server has acknowledged everything every client wrote and every client shows
 * the same text; returns how long that took. On a timeout the message holds each client's state
 * and the end of each instance's log.
 */
export function waitForAgreement(
  clients: readonly DrillClient[],
  instances: readonly ServerInstance[],
  timeoutMs = 20_000,
): Promise<number> {
  return waitUntil(
    () => clients.every((client) => client.allSaved()) && convergence(clients).converged,
    'every edit to be acknowledged and every client to show the same text',
    {
      timeoutMs,
      describe: () =>
        [
          convergence(clients).texts,
          `not all saved: ${
            clients
              .filter((client) => !client.allSaved())
              .map((client) => client.name)
              .join(', ') || 'none'
          }`,
          ...instances.map(
            (instance) => `--- instance ${instance.name} ---\n${instance.log().slice(-2_500)}`,
          ),
        ].join('\n'),
    },
  );
}
