import { describe, expect, it } from 'vitest';
import { waitForAgreement } from './support/agreement.js';
import { connectClients, names } from './support/clients.js';
import { expectLogIntact } from './support/drill-expectations.js';
import { finalCloses, inside, type FaultWindow } from './support/fault-window.js';
import { metricValue } from './support/metrics.js';
import { readiness } from './support/rapporteur-api.js';
import { startTwoInstances } from './support/two-instances.js';
import { teardownAfterEach } from './support/teardown.js';
import { sleep, waitUntil } from './support/waiting.js';

const OUTAGE_MS = 5_000;
const GAP_REPAIR_EVENTS = 'rapporteur_gap_repair_events_total';
const teardown = teardownAfterEach();

describe('drill: Redis killed for 5 s between two instances', () => {
  it('loses nothing, and the gap repair from the log brings each instance what it missed', async () => {
    const { redis, a, b, access, auditThrough } = await startTwoInstances(teardown);
    const onA = connectClients(teardown, { url: a.url, ...access }, names('A', 2));
    const onB = connectClients(teardown, { url: b.url, ...access }, names('B', 2));
    const clients = [...onA, ...onB];
    await Promise.all(clients.map((client) => client.synced()));

    for (const client of clients) client.startTyping(100);
    await sleep(3_000);
    // While Redis is gone only B's side types, so A's room commits nothing: it can learn B's
    // edits from nowhere but the log, and only the repair after Redis returns reads it.
    for (const client of onA) client.stopTyping();
    const repairedBefore = await metricValue(a.metricsUrl, GAP_REPAIR_EVENTS);
    await redis.kill();
    const outage: FaultWindow = { from: Date.now(), to: Date.now() + OUTAGE_MS };
    await sleep(OUTAGE_MS);
    await redis.start();
    for (const client of onB) client.stopTyping();
    const agreedAfterMs = await waitForAgreement(clients, [a, b]);
    const repairedAfter = await metricValue(a.metricsUrl, GAP_REPAIR_EVENTS);
    await waitUntil(
      async () => (await readiness(a.url)) === 200 && (await readiness(b.url)) === 200,
      'both instances to be ready again',
      { timeoutMs: 10_000 },
    );

    const audit = await auditThrough(a, clients);
    console.info('Redis outage drill', {
      agreedAfterMs,
      gapRepairEventsOnA: repairedAfter - repairedBefore,
      storedUpdates: audit.storedUpdates,
    });
    expect([...a.crashes, ...b.crashes]).toEqual([]);
    for (const client of onA)
      expect(
        inside(client.remoteEdits, outage),
        `${client.name} (on A) received B's edits with no Redis`,
      ).toEqual([]);
    for (const client of clients) expect(finalCloses(client.closes)).toEqual([]);
    expect(repairedAfter - repairedBefore).toBeGreaterThan(0);
    expectLogIntact(audit, clients);
  });
});
