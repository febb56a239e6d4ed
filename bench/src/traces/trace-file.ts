import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * Where the traces live: `../shared/traces` beside the repository (read-only, shared by every
 * worktree); and the credit they require wherever results are shown.
 */
export const TRACES_FOLDER = fileURLToPath(new URL('../../../../shared/traces', import.meta.url));
export const TRACES_CREDIT =
  'editing traces collected by Joseph Gentle and contributors (github.com/josephg/editing-traces), CC BY 4.0';

/** `[position, deleteCount, insertText]`, applied like `Array.prototype.splice` on the text. */
export type Patch = readonly [number, number, string];

export interface Txn {
  readonly agent: number;
  /** Transactions whose document (merged) the patches' positions are relative to. */
  readonly parents: readonly number[];
  readonly patches: readonly Patch[];
}

/** A trace as the replay uses it: sequential traces become one agent whose parent is the last txn. */
export interface Trace {
  readonly name: string;
  readonly agents: number;
  readonly txns: readonly Txn[];
  /** Whether every transaction of the file is here (BENCH_QUICK may cut it). */
  readonly complete: boolean;
  /** The file's endContent, when `complete`. */
  readonly endContent: string | undefined;
}

interface SequentialFile {
  readonly endContent: string;
  readonly txns: readonly { readonly patches: readonly Patch[] }[];
}

interface ConcurrentFile {
  readonly kind: 'concurrent';
  readonly numAgents: number;
  readonly endContent: string;
  readonly txns: readonly Txn[];
}

/** Reads `<name>.json.gz`, keeping its first `limit` transactions when a limit is given. */
export function loadTrace(name: string, limit: number | undefined): Trace {
  const path = `${TRACES_FOLDER}/${name}.json.gz`;
  if (!existsSync(path))
    throw new Error(
      `No trace at ${path}: the traces are read from ../shared/traces beside the repository.`,
    );
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as
    SequentialFile | ConcurrentFile;
  const all: readonly Txn[] =
    'kind' in file
      ? file.txns
      : file.txns.map((txn, index) => ({
          agent: 0,
          parents: index === 0 ? [] : [index - 1],
          patches: txn.patches,
        }));
  const txns = limit === undefined ? all : all.slice(0, limit);
  const complete = txns.length === all.length;
  // Positions count code points, Y.Text counts UTF-16 units: the two agree without surrogates.
  if (txns.some((txn) => txn.patches.some(([, , text]) => /[\uD800-\uDFFF]/.test(text))))
    throw new Error(`The trace ${name} inserts characters outside the BMP; the replay cannot.`);
  return {
    name,
    agents: 'kind' in file ? file.numAgents : 1,
    txns,
    complete,
    endContent: complete ? file.endContent : undefined,
  };
}
