import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startRapporteur, type RapporteurProcess } from './support/rapporteur-process.js';

/** The streams of the SQLite log in `dataDir`, read beside the (stopped) server. */
function streamsIn(dataDir: string): string[] {
  const log = new Database(join(dataDir, 'rapporteur.sqlite'), { readonly: true });
  try {
    const rows = log.prepare('SELECT DISTINCT stream_id FROM events').all() as {
      stream_id: string;
    }[];
    return rows.map((row) => row.stream_id);
  } finally {
    log.close();
  }
}

describe('the first start', () => {
  let server: RapporteurProcess | undefined;
  afterEach(async () => {
    await server?.destroy();
    server = undefined;
  });

  it('creates the demo meeting and prints its accounts by default', async () => {
    server = await startRapporteur();
    expect([...server.demo.keys()]).toEqual(['chair', 'vice-chair', 'secretariat', 'delegate']);
    await server.stop();
    expect(streamsIn(server.dataDir)).toEqual(
      expect.arrayContaining(['meeting-demo', 'draft-demo']),
    );
  });

  it('creates nothing with DEMO_MEETING=off, as in production', async () => {
    server = await startRapporteur({ env: { DEMO_MEETING: 'off' } });
    expect(server.demo.size).toBe(0);
    expect(server.startOutput).not.toContain('@demo.rapporteur');
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    await server.stop();
    expect(streamsIn(server.dataDir)).toEqual([]);
  });
});
