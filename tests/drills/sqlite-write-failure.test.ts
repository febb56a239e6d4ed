import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DrillClient } from './support/drill-client.js';
import { expectLogIntact, expectNothingPassedDuring } from './support/drill-expectations.js';
import { auditLog } from './support/log-audit.js';
import { typeThroughFault } from './support/outage-drill.js';
import { createDrillAccess } from './support/rapporteur-api.js';
import { startInstance } from './support/server-instance.js';
import { failingSqliteWrites } from './support/sqlite-write-failure.js';
import { teardownAfterEach } from './support/teardown.js';
import { tempFolder } from './support/temp-folder.js';

const teardown = teardownAfterEach();

describe('drill: SQLite refuses every write for 5 s', () => {
  it('acknowledges nothing it could not store, and stores the editors’ edits once writes work again', async () => {
    const dataDir = tempFolder(teardown, 'server');
    const server = await startInstance(teardown, { name: 'A', dataDir });
    const file = join(dataDir, 'rapporteur.sqlite');
    const access = { url: server.url, ...(await createDrillAccess(server)) };
    const writes = teardown.add(failingSqliteWrites(file), (handle) => {
      handle.close();
    });
    const clients = ['Ana', 'Ben', 'Cyd'].map((name) =>
      teardown.add(new DrillClient(name, access), (client) => {
        client.destroy();
      }),
    );

    const observed = await typeThroughFault(server, clients, {
      fault: {
        begin: () => writes.fail(),
        end: () => writes.work(),
      },
      faultMs: 5_000,
    });
    const audit = await auditLog({ kind: 'sqlite', file }, access, clients);
    console.info('SQLite write failure drill', {
      ...observed,
      storedUpdates: audit.storedUpdates,
      closeCodes: clients.flatMap((client) => client.closes.map((close) => close.value.code)),
    });

    expect(server.crashes).toEqual([]);
    // The fault must have bitten: the server tried to store edits and was refused.
    expect(server.log()).toContain(writes.message);
    expectNothingPassedDuring(clients, observed.window, 'failing');
    expectLogIntact(audit, clients);
  });
});
