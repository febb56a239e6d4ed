import { INSPECTOR_LINE } from '../cluster/heap-after-gc.js';
import { spawnRapporteur } from '../servers/rapporteur.js';
import type { ServerProcess } from '../servers/server-process.js';
import { tempFolder } from '../support/temp-folders.js';
import { RequestLog } from './request-log.js';

/** Our server for the review bench, with its request log and its inspector. */
export interface ReviewServer {
  readonly process: ServerProcess;
  readonly baseUrl: string;
  readonly log: RequestLog;
  /** The inspector's `ws://` address, for the CPU profile of the acceptances. */
  readonly inspectorUrl: string;
}

/**
 * `apps/server/dist/main.js` as `npm start` runs it, on SQLite in a fresh folder, with its
 * inspector open on loopback (`--inspect=127.0.0.1:0`, as the multi-instance bench does): idle
 * until a session attaches, it costs the timed requests nothing.
 */
export async function startReviewServer(): Promise<ReviewServer> {
  const log = new RequestLog();
  let inspectorUrl: string | undefined;
  const process = await spawnRapporteur(
    'Rapporteur (review)',
    { DATA_DIR: tempFolder('review'), NODE_OPTIONS: '--inspect=127.0.0.1:0' },
    (line) => {
      inspectorUrl ??= INSPECTOR_LINE.exec(line)?.[1];
      log.read(line);
    },
  );
  if (inspectorUrl === undefined) {
    await process.stop();
    throw new Error('The server printed no inspector address.');
  }
  return { process, baseUrl: `http://127.0.0.1:${process.port}`, log, inspectorUrl };
}
