import { describe, expect, it } from 'vitest';
import { waitForAgreement } from './support/agreement.js';
import { connectClients, names } from './support/clients.js';
import { expectLogIntact } from './support/drill-expectations.js';
import { finalCloses } from './support/fault-window.js';
import { startTwoInstances } from './support/two-instances.js';
import { teardownAfterEach } from './support/teardown.js';
import { sleep } from './support/waiting.js';

const teardown = teardownAfterEach();

describe('drill: an instance killed with SIGKILL while 10 clients type', () => {
  it('keeps every acknowledged edit, and the clients carry on through the other instance', async () => {
    const { a, b, balancer, access, auditThrough } = await startTwoInstances(teardown);
    // Through the balancer, round-robin: half the clients land on each instance.
    const clients = connectClients(teardown, { url: balancer.url, ...access }, names('C', 10));
    await Promise.all(clients.map((client) => client.synced()));
    const onBBefore = balancer.routed.get(b.port) ?? 0;
    expect(balancer.routed.get(a.port)).toBeGreaterThanOrEqual(4);

    for (const client of clients) client.startTyping(100);
    await sleep(4_000);
    await a.kill('SIGKILL');
    const acknowledgedAtKill = clients.map((client) => new Map(client.acknowledged));
    await sleep(6_000);
    for (const client of clients) client.stopTyping();
    const agreedAfterMs = await waitForAgreement(clients, [a, b]);

    const audit = await auditThrough(b, clients);
    const reconnectedToB = (balancer.routed.get(b.port) ?? 0) - onBBefore;
    console.info('instance crash drill', {
      agreedAfterMs,
      reconnectedToB,
      storedUpdates: audit.storedUpdates,
    });
    expect(b.crashes).toEqual([]);
    // The clients that were on A came back through the balancer to B.
    expect(reconnectedToB).toBeGreaterThanOrEqual(4);
    for (const client of clients) expect(finalCloses(client.closes)).toEqual([]);
    // What A had acknowledged before it died is in the log (auditLog checks every ack, too).
    const atKill = new Map<number, number>();
    for (const acknowledged of acknowledgedAtKill)
      for (const [id, clock] of acknowledged) atKill.set(id, Math.max(clock, atKill.get(id) ?? 0));
    expect(atKill.size).toBe(10);
    expectLogIntact(audit, clients);
  });
});
