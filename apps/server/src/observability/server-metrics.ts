import { CLOSE_CODES, COMMIT_STAGES, type RoomObserver } from '@rapporteur/collab';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

// Label values must come from small fixed sets, or every new value is a new series kept
// forever. Problem codes are snake_case words; anything else is counted as "other".
const SANE_CODE = /^[a-z][a-z0-9_]{0,47}$/;
const OTHER = 'other';

// Close codes a client may choose (3000-4999) are unbounded: only the standard codes and ours
// get their own series.
const KNOWN_CLOSE_CODES = new Set<number>([
  ...Array.from({ length: 16 }, (_, index) => 1000 + index),
  ...Object.values(CLOSE_CODES).map((entry) => entry.code),
]);

/**
 * The server's Prometheus metrics, in a registry of its own (never prom-client's global one),
 * so that several servers in one process each count only their own traffic.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  /** Hand this to the rooms: they report commits, remote updates and gap repairs through it. */
  readonly roomObserver: RoomObserver;
  #countRooms: () => number = () => 0;

  readonly #openSockets = new Gauge({
    name: 'rapporteur_open_sockets',
    help: 'Collaboration sockets open on this instance.',
    registers: [this.registry],
  });
  readonly #socketCloses = new Counter({
    name: 'rapporteur_socket_closes_total',
    help: 'Collaboration sockets closed, by WebSocket close code ("other" for codes a client chose).',
    labelNames: ['code'],
    registers: [this.registry],
  });
  readonly #errors = new Counter({
    name: 'rapporteur_errors_total',
    help: 'HTTP problems answered and sockets refused, by their stable code.',
    labelNames: ['code'],
    registers: [this.registry],
  });

  readonly #openRooms: Gauge = new Gauge({
    name: 'rapporteur_open_rooms',
    help: 'Drafts loaded in memory on this instance.',
    registers: [this.registry],
    collect: () => {
      this.#openRooms.set(this.#countRooms());
    },
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    this.roomObserver = roomObserver(this.registry);
  }

  socketOpened(): void {
    this.#openSockets.inc();
  }

  socketClosed(code: number): void {
    this.#openSockets.dec();
    this.#socketCloses.inc({ code: KNOWN_CLOSE_CODES.has(code) ? String(code) : OTHER });
  }

  /** `count` is asked at every scrape, so the gauge never drifts from the rooms' own count. */
  trackRooms(count: () => number): void {
    this.#countRooms = count;
  }

  /** One refusal with a stable code: an HTTP problem, or a socket refused or closed for cause. */
  error(code: string): void {
    this.#errors.inc({ code: SANE_CODE.test(code) ? code : OTHER });
  }

  /** The Prometheus text exposition of every metric, and its content type. */
  async exposition(): Promise<{ readonly contentType: string; readonly body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

function roomObserver(registry: Registry): RoomObserver {
  const registers = [registry];
  const updates = new Counter({
    name: 'rapporteur_draft_updates_total',
    help: 'Draft updates stored in the log by this instance; rate() gives updates per second.',
    registers,
  });
  const events = new Counter({
    name: 'rapporteur_draft_events_total',
    help: 'Draft events appended by this instance: one per connection and group commit (decision 53).',
    registers,
  });
  const stageSeconds = new Counter({
    name: 'rapporteur_commit_stage_seconds_total',
    help: 'Time spent in each stage of the commit pipeline (receive, check, trial, append, apply, broadcast, acknowledge).',
    labelNames: ['stage'],
    registers,
  });
  // Every stage has its series from the start, so that a rate over a window sees them all.
  for (const stage of COMMIT_STAGES) stageSeconds.inc({ stage }, 0);
  const appendSeconds = new Histogram({
    name: 'rapporteur_append_duration_seconds',
    help: 'Time to append one group commit of draft updates to the log.',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers,
  });
  const batchSize = new Histogram({
    name: 'rapporteur_commit_batch_size',
    help: 'Draft updates per group commit (one transaction).',
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024],
    registers,
  });
  const fanoutLag = new Histogram({
    name: 'rapporteur_fanout_lag_seconds',
    help: 'From publishing an update on Redis to applying it on another instance.',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const gapRepairs = new Counter({
    name: 'rapporteur_gap_repairs_total',
    help: 'Times updates missed on the fan-out were read from the log instead.',
    registers,
  });
  const gapRepairEvents = new Counter({
    name: 'rapporteur_gap_repair_events_total',
    help: 'Updates read from the log by gap repairs.',
    registers,
  });
  return {
    committed(commit) {
      // Rooms call this in their commit path: a bad number must be dropped, never thrown.
      if (!(commit.updates >= 0 && commit.events >= 0 && commit.seconds >= 0)) return;
      updates.inc(commit.updates);
      events.inc(commit.events);
      appendSeconds.observe(commit.seconds);
      batchSize.observe(commit.updates);
    },
    stage(stage, seconds) {
      if (seconds >= 0) stageSeconds.inc({ stage }, seconds);
    },
    remoteApplied({ lagSeconds }) {
      if (Number.isNaN(lagSeconds)) return;
      // Clocks of two machines can disagree by a little; a negative lag means "no lag".
      fanoutLag.observe(Math.max(0, lagSeconds));
    },
    gapRepaired({ events }) {
      if (!(events >= 0)) return;
      gapRepairs.inc();
      gapRepairEvents.inc(events);
    },
  };
}
