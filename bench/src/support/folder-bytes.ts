import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The bytes of every file under `folder`, as they are on disk now (sizes, not blocks). */
export function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}
