import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Teardown } from './teardown.js';

/** A fresh folder under the system temp folder, removed at teardown. */
export function tempFolder(teardown: Teardown, prefix: string): string {
  return teardown.add(mkdtempSync(join(tmpdir(), `rapporteur-drill-${prefix}-`)), (folder) => {
    rmSync(folder, { recursive: true, force: true });
  });
}
