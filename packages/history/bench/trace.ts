import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** One edit of a recorded editing trace: at `position`, delete `remove` characters, insert `insert`. */
export interface Patch {
  readonly position: number;
  readonly remove: number;
  readonly insert: string;
}

// Editing traces collected by Joseph Gentle and contributors
// (github.com/josephg/editing-traces), CC BY 4.0.
const TRACE = new URL('../../../../shared/traces/automerge-paper.json.gz', import.meta.url);

/** The keystrokes of a real paper being written, one patch per keystroke. */
export function readTrace(): Patch[] {
  const trace = JSON.parse(gunzipSync(readFileSync(TRACE)).toString('utf8')) as {
    txns: { patches: [number, number, string][] }[];
  };
  return trace.txns.flatMap((txn) =>
    txn.patches.map(([position, remove, insert]) => ({ position, remove, insert })),
  );
}
