import { createRequire } from 'node:module';
import type pg from 'pg';

const require = createRequire(import.meta.url);
let loaded: typeof pg | undefined;

/**
 * The pg driver, required on first use rather than imported: a server on SQLite never loads it,
 * which keeps a few MiB out of its idle memory (decision 49). pg is CommonJS, so this is the
 * same module an import would give.
 */
export function loadPg(): typeof pg {
  loaded ??= require('pg') as typeof pg;
  return loaded;
}
