import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshStoreEach, storeTargets, type TestStore } from '../../testing/index.js';

const writerScript = fileURLToPath(new URL('../../testing/append-forever.ts', import.meta.url));
const ACKNOWLEDGED_BEFORE_KILL = 300;

/** Starts the writer, waits until it has acknowledged `lines` appends, then kills it with SIGKILL. */
function killWriterAfter(location: TestStore['location'], lines: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', writerScript, JSON.stringify(location)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let errors = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (output.split('\n').length > lines) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      errors += chunk;
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`The writer stopped by itself (code ${String(code)}): ${errors}`));
        return;
      }
      // The last line may be cut off mid-write: only whole lines were acknowledged.
      const whole = output.slice(0, output.lastIndexOf('\n'));
      resolve(whole.split(/\s+/).filter((id) => id.length > 0));
    });
  });
}

describe.each(storeTargets())('a writer killed mid-append on $name', (target) => {
  const opened = freshStoreEach(target);

  it('loses no acknowledged append and leaves every chain intact', async () => {
    await opened.store.close();
    const acknowledged = await killWriterAfter(opened.location, ACKNOWLEDGED_BEFORE_KILL);
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);

    const reopened = await opened.reopen();
    const stored = new Set<string>();
    for (let after; ;) {
      const page = await reopened.readAll({ after, limit: 1000 });
      if (page.length === 0) break;
      for (const event of page) stored.add(event.eventId);
      after = page[page.length - 1]!.position;
    }
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    const verified = await reopened.verifyAll();
    expect(verified.map((result) => result.stream).sort()).toEqual(['draft-1', 'meeting-1']);
    for (const result of verified) expect(result).toMatchObject({ ok: true });
    // The reopened store appends on top of whatever the killed writer left.
    await expect(
      reopened.append('draft-1', [{ type: 'DraftUpdated', payload: new Uint8Array([1]) }]),
    ).resolves.toBeDefined();
  });
});
