import type { Plan } from '../plan.js';
import type { Target } from '../servers/subject.js';
import { percentile } from '../support/stats.js';
import { within } from '../support/wait.js';
import { sendPacedMarks } from '../clients/paced-marks.js';

export interface LatencyFigure {
  readonly clients: number;
  readonly p50: number;
  readonly p99: number;
  readonly samples: number;
  /** Edits some observer had not seen 10 s after the last was sent. */
  readonly missing: number;
}

/** The draft each client count runs on. */
export function latencyDraft(clients: number): string {
  return `latency-${clients}`;
}

/**
 * One writer sets key `<seq>` of a Y.Map at a steady rate and notes the send time; every other
 * client notes when it observes the key. All clients share this process and its clock. Edits
 * of the warm-up are not measured.
 */
export async function measureFanOutLatency(
  { server, drafts }: Target,
  options: { readonly clients: number; readonly plan: Plan['latency'] },
): Promise<LatencyFigure> {
  const { clients, plan } = options;
  const draft = latencyDraft(clients);
  const group = Array.from({ length: clients }, () => drafts.connect(server, draft));
  try {
    await within(Promise.all(group.map((client) => client.synced)), `${clients} clients to sync`);
    const [writer, ...observers] = group;
    if (writer === undefined) throw new Error('Fan-out needs at least one client.');
    const latencies: number[] = [];
    const { missing } = await sendPacedMarks(writer, observers, {
      plan,
      samplesOf: () => latencies,
    });
    return {
      clients,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      samples: latencies.length,
      missing,
    };
  } finally {
    for (const client of group) client.destroy();
  }
}
