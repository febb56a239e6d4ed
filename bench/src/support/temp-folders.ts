import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folders = new Set<string>();

/** A fresh, empty folder under the system's temp folder, removed by `removeTempFolders`. */
export function tempFolder(label: string): string {
  const folder = mkdtempSync(join(tmpdir(), `rapporteur-bench-${label}-`));
  folders.add(folder);
  return folder;
}

/** Removes every folder made by `tempFolder`; synchronous, so it also runs in an exit handler. */
export function removeTempFolders(): void {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders.clear();
}
