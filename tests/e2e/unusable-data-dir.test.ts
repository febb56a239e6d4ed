import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startRapporteur } from './support/rapporteur-process.js';

/** What the server printed when it refused to start (startRapporteur rejects with it). */
async function refusalOf(start: Promise<unknown>): Promise<string> {
  try {
    await start;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('The server started.');
}

describe('a data folder the server cannot use', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  const folder = (): string => {
    const made = mkdtempSync(join(tmpdir(), 'rapporteur-data-dir-'));
    folders.push(made);
    return made;
  };

  it('stops with a sentence naming DATA_DIR, not a stack, when DATA_DIR is a file', async () => {
    const file = join(folder(), 'not-a-folder');
    writeFileSync(file, 'x');
    const said = await refusalOf(startRapporteur({ dataDir: join(file, 'data') }));
    expect(said).toMatch(/Rapporteur could not start: DATA_DIR /);
    expect(said).toContain(join(file, 'data'));
    expect(said).not.toMatch(/^\s+at /m);
  });

  it('stops with a sentence naming DATA_DIR when the file in it is not a Rapporteur database', async () => {
    const data = folder();
    writeFileSync(join(data, 'rapporteur.sqlite'), 'these are meeting notes, not a database\n');
    const said = await refusalOf(startRapporteur({ dataDir: data }));
    expect(said).toMatch(/Rapporteur could not start: DATA_DIR /);
    expect(said).toContain('not a database');
    expect(said).not.toMatch(/^\s+at /m);
  });

  it('names DATABASE_URL when that is the setting that points at the file', async () => {
    const data = folder();
    writeFileSync(join(data, 'notes.sqlite'), 'not a database either\n');
    const said = await refusalOf(
      startRapporteur({
        dataDir: data,
        env: { DATABASE_URL: `sqlite:${join(data, 'notes.sqlite')}` },
      }),
    );
    expect(said).toMatch(/Rapporteur could not start: DATABASE_URL /);
    expect(said).not.toMatch(/^\s+at /m);
  });
});
