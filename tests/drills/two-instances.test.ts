import { describe, expect, it } from 'vitest';
import { waitForAgreement } from './support/agreement.js';
import { connectClients, names } from './support/clients.js';
import { expectLogIntact } from './support/drill-expectations.js';
import { startTwoInstances } from './support/two-instances.js';
import { teardownAfterEach } from './support/teardown.js';
import { sleep } from './support/waiting.js';

const TYPING_MS = 20_000;
const teardown = teardownAfterEach();

describe('drill: two instances, clients spread over both', () => {
  it('converges after 20 s of typing, and the log holds every update once', async () => {
    const { a, b, access, auditThrough } = await startTwoInstances(teardown);
    const clients = [
      ...connectClients(teardown, { url: a.url, ...access }, names('A', 3)),
      ...connectClients(teardown, { url: b.url, ...access }, names('B', 3)),
    ];
    await Promise.all(clients.map((client) => client.synced()));

    for (const client of clients) client.startTyping(100);
    await sleep(TYPING_MS);
    for (const client of clients) client.stopTyping();
    const agreedAfterMs = await waitForAgreement(clients, [a, b]);

    const audit = await auditThrough(a, clients);
    console.info('two-instance drill', {
      agreedAfterMs,
      storedUpdates: audit.storedUpdates,
      characters: audit.text.length,
    });
    expect([...a.crashes, ...b.crashes]).toEqual([]);
    // Each side saw the other's edits: nothing converges otherwise, but say it plainly.
    for (const client of clients)
      expect(client.remoteEdits.length, `${client.name} saw others' edits`).toBeGreaterThan(0);
    expectLogIntact(audit, clients);
  });
});
