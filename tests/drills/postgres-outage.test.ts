import { describe, expect, it } from 'vitest';
import { DrillClient } from './support/drill-client.js';
import { expectLogIntact, expectNothingPassedDuring } from './support/drill-expectations.js';
import { EventStreamReader } from './support/event-stream.js';
import { auditLog } from './support/log-audit.js';
import { typeThroughFault } from './support/outage-drill.js';
import { startPrivatePostgres } from './support/private-postgres.js';
import { createDrillAccess } from './support/rapporteur-api.js';
import { startInstance } from './support/server-instance.js';
import { teardownAfterEach } from './support/teardown.js';
import { tempFolder } from './support/temp-folder.js';

const teardown = teardownAfterEach();

describe('drill: PostgreSQL stopped for 10 s under one instance', () => {
  it('stops acknowledging and broadcasting, says not ready, and saves the editors’ edits once it is back', async () => {
    const postgres = await startPrivatePostgres(teardown);
    const server = await startInstance(teardown, {
      name: 'A',
      dataDir: tempFolder(teardown, 'server'),
      databaseUrl: postgres.url,
    });
    const access = { url: server.url, ...(await createDrillAccess(server)) };
    const clients = ['Ana', 'Ben', 'Cyd'].map((name) =>
      teardown.add(new DrillClient(name, access), (client) => {
        client.destroy();
      }),
    );

    // The page's live stream stays open through the outage and carries on after it.
    const live = teardown.add(new EventStreamReader(server.url, access), (reader) => {
      reader.close();
    });
    const observed = await typeThroughFault(server, clients, {
      fault: { begin: () => postgres.stop(), end: () => postgres.start() },
      faultMs: 10_000,
    });
    const audit = await auditLog({ kind: 'postgres', url: postgres.url }, access, clients);
    console.info('PostgreSQL outage drill', {
      ...observed,
      storedUpdates: audit.storedUpdates,
      closeCodes: clients.flatMap((client) => client.closes.map((close) => close.value.code)),
    });

    expect(server.crashes).toEqual([]);
    expectNothingPassedDuring(clients, observed.window, 'down');
    expect(observed.readinessDuringFault).not.toEqual([]);
    expect(observed.readinessDuringFault.filter((status) => status !== 503)).toEqual([]);
    expectLogIntact(audit, clients);
    // The edits saved after the outage reach the live stream: its subscriptions outlived it.
    await expect
      .poll(() => live.after('draft', observed.window.to), { timeout: 5_000 })
      .toBeGreaterThan(0);
    expect(live.ended).toBe(false);
  });
});
