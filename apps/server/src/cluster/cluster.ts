import { PubSubFanout, RedisPubSub, SINGLE_INSTANCE, type DraftFanout } from '@rapporteur/collab';
import type { ReadinessCheck } from '../health/readiness.js';
import { busSignals, localSignals, type ClusterSignals } from './cluster-signals.js';

/** Where the instances of one deployment meet; absent, the server runs as the only instance. */
export interface ClusterConfig {
  readonly url: string;
  /** Channel names start with it: deployments sharing one Redis do not hear each other. */
  readonly prefix: string;
}

/** What this instance shares with the others: drafts' updates and presence, and signals. */
export interface Cluster {
  readonly fanout: DraftFanout;
  readonly signals: ClusterSignals;
  readonly readiness: readonly ReadinessCheck[];
  close(): Promise<void>;
}

/**
 * Joins the other instances over Redis, or, with no Redis configured, stands alone: rooms then
 * fan out to their own connections only, and signals stay in the process.
 */
export function joinCluster(
  config: ClusterConfig | undefined,
  onError: (error: unknown) => void,
): Cluster {
  if (config === undefined)
    return {
      fanout: SINGLE_INSTANCE,
      signals: localSignals(),
      readiness: [],
      close: () => Promise.resolve(),
    };
  const bus = new RedisPubSub(config.url, onError);
  const fanout = new PubSubFanout(bus, { prefix: config.prefix, onError });
  return {
    fanout,
    signals: busSignals(bus, `${config.prefix}signals`),
    readiness: [
      {
        name: 'redis',
        check: () => bus.ping(),
        advice: 'Check REDIS_URL and that Redis is running.',
      },
    ],
    async close() {
      fanout.close();
      await bus.close();
    },
  };
}
