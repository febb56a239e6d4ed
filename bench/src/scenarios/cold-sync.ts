import { performance } from 'node:perf_hooks';
import type { BenchClient } from '../clients/bench-client.js';
import { observeClocks } from '../clients/observed-clocks.js';
import { typePaced } from '../clients/paced-typing.js';
import type { Plan } from '../plan.js';
import type { Drafts, Subject, Target } from '../servers/subject.js';
import { median } from '../support/stats.js';
import { waitFor, within } from '../support/wait.js';

const DRAFT = 'cold';

export interface ColdSyncFigure {
  /** Median of the restarts, in milliseconds. */
  readonly ms: number;
  readonly samples: readonly number[];
  /** How long typing the draft through the server took, in milliseconds. */
  readonly writeMs: number;
  /** What the server had stored, in its own terms. */
  readonly stored: string;
}

/**
 * Types the draft through the server one character per update, waits until the server has
 * stored it, restarts the server on the same data, and times a fresh client from connecting
 * to holding the whole text. Each restart is one sample.
 */
export async function measureColdSync(
  subject: Subject,
  dataDir: string,
  plan: Plan['coldSync'],
): Promise<ColdSyncFigure> {
  const server = await subject.start(dataDir);
  let drafts: Drafts;
  let written: { readonly writeMs: number; readonly stored: string };
  try {
    drafts = await subject.createDrafts(server, [DRAFT]);
    const room = drafts.room(DRAFT);
    const stored = () => subject.awaitStored({ server, dataDir, room, characters: plan.updates });
    written = await writeDraft({ server, drafts }, { plan, stored });
  } finally {
    await server.stop();
  }
  const samples: number[] = [];
  for (let restart = 0; restart < plan.restarts; restart += 1) {
    const restarted = await subject.start(dataDir);
    try {
      samples.push(await timeSync({ server: restarted, drafts }, plan.updates));
    } finally {
      await restarted.stop();
    }
  }
  return { ms: median(samples), samples, ...written };
}

/** Types the draft; returns once a second client holds all of it and the server stored it. */
async function writeDraft(
  { server, drafts }: Target,
  { plan, stored }: { readonly plan: Plan['coldSync']; readonly stored: () => Promise<string> },
): Promise<{ writeMs: number; stored: string }> {
  const writer = drafts.connect(server, DRAFT);
  // The verifier paces the writer and, holding everything, proves the server received it all.
  const verifier = drafts.connect(server, DRAFT);
  const clients: BenchClient[] = [writer, verifier];
  try {
    await within(
      Promise.all(clients.map((client) => client.synced)),
      'the writer and the verifier to sync',
    );
    const observed = observeClocks(verifier.doc);
    const start = performance.now();
    await typePaced(writer, {
      observed,
      inFlight: plan.inFlight,
      done: (typed) => typed >= plan.updates,
    });
    const received = verifier.doc.getText('text');
    await waitFor(
      () => received.length === plan.updates,
      `the server to hold ${plan.updates} characters`,
      120_000,
    );
    const writeMs = performance.now() - start;
    // Hocuspocus stores as the last client leaves: listen before they go.
    const storing = stored();
    for (const client of clients.splice(0)) client.destroy();
    return { writeMs, stored: await storing };
  } finally {
    for (const client of clients) client.destroy();
  }
}

async function timeSync({ server, drafts }: Target, length: number): Promise<number> {
  const start = performance.now();
  const client = drafts.connect(server, DRAFT);
  try {
    await within(client.synced, 'a fresh client to sync', 120_000);
    const text = client.doc.getText('text');
    if (text.length !== length) {
      await within(
        new Promise<void>((resolve) => {
          client.doc.on('afterTransaction', () => {
            if (text.length === length) resolve();
          });
        }),
        `the fresh client to hold ${length} characters (it has ${text.length})`,
        120_000,
      );
    }
    return performance.now() - start;
  } finally {
    client.destroy();
  }
}
