import type { DrillClient } from './drill-client.js';
import type { FaultWindow } from './fault-window.js';
import { waitForAgreement } from './agreement.js';
import { crashReport } from './crash-report.js';
import { readiness } from './rapporteur-api.js';
import type { ServerInstance } from './server-instance.js';
import { sleep, waitUntil } from './waiting.js';

/** How a fault is put in place and taken away (a database stopped, writes made to fail). */
export interface Fault {
  begin(): Promise<void>;
  end(): Promise<void>;
}

export interface OutageObservations {
  readonly window: FaultWindow;
  /** /readyz status, sampled once a second while the fault was in place. */
  readonly readinessDuringFault: readonly number[];
  /** From the end of the fault until /readyz said 200 again. */
  readonly readyAfterMs: number;
  /** From the end of the fault until every edit was acknowledged and every client agreed. */
  readonly savedAfterMs: number;
}

/**
 * The shape shared by the single-instance drills: clients type; the fault is put in place for
 * `faultMs` while they keep typing; it is taken away; they type a little more, stop, and the
 * drill waits until everything they wrote is acknowledged and every copy agrees.
 */
export async function typeThroughFault(
  server: ServerInstance,
  clients: readonly DrillClient[],
  scenario: { fault: Fault; faultMs: number },
): Promise<OutageObservations> {
  await Promise.all(clients.map((client) => client.synced()));
  for (const client of clients) client.startTyping(80);
  await sleep(2_000);

  await scenario.fault.begin();
  const window: FaultWindow = { from: Date.now(), to: Date.now() + scenario.faultMs };
  const readinessDuringFault: number[] = [];
  while (Date.now() < window.to - 1_000) {
    readinessDuringFault.push(await readiness(server.url));
    await sleep(1_000);
  }
  await sleep(Math.max(0, window.to - Date.now()));
  // Measured from the moment the fault is gone, not from when it was asked to go.
  await scenario.fault.end();
  const ended = Date.now();
  if (server.crashes.length > 0)
    throw new Error(
      `Instance ${server.name} crashed during the fault (${server.crashes.join(', ')}):\n${crashReport(server.log())}`,
    );

  await waitUntil(async () => (await readiness(server.url)) === 200, 'the instance to be ready', {
    timeoutMs: 15_000,
    describe: () => server.log().slice(-4_000),
  });
  const readyAfterMs = Date.now() - ended;
  await sleep(1_000);
  for (const client of clients) client.stopTyping();
  await waitForAgreement(clients, [server]);
  return { window, readinessDuringFault, readyAfterMs, savedAfterMs: Date.now() - ended };
}
