/** The parts of V8's `Profiler.Profile` that the summary reads. */
export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly children?: readonly number[];
}

/** A function and the share of the profiled time spent in it and in what it called. */
export interface FunctionTime {
  /** `loadMeeting (apps/server/src/meetings/load-meeting.ts)`. */
  readonly name: string;
  readonly ms: number;
}

export interface ProfileSummary {
  readonly totalMs: number;
  /** Our code (not node_modules), by time including what it called; outermost frames first. */
  readonly ours: readonly FunctionTime[];
  /** Every function, by time spent in its own code. */
  readonly self: readonly FunctionTime[];
}

/**
 * Where a profile's time went: each sample's interval is given to the node it landed on (self
 * time) and to each distinct function above it (inclusive time, a recursive function counted
 * once per sample).
 */
export function summarizeProfile(profile: CpuProfile, top: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((sampled, index) => {
    // A sample's delta is the time since the previous one: give it to the next sample's node.
    const ms = (deltas[index + 1] ?? 0) / 1000;
    const node = byId.get(sampled);
    if (node === undefined) return;
    add(self, nameOf(node), ms);
    const seen = new Set<string>();
    for (let at: number | undefined = sampled; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at);
      if (frame === undefined || !isOurs(frame)) continue;
      const name = nameOf(frame);
      if (seen.has(name)) continue;
      seen.add(name);
      add(inclusive, name, ms);
    }
  });
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    ours: ranked(inclusive, top),
    self: ranked(self, top),
  };
}

const REPO_PATH = /\/((?:apps|packages)\/[^/]+\/src\/.+)$/;

function isOurs(node: ProfileNode): boolean {
  return !node.callFrame.url.includes('/node_modules/') && REPO_PATH.test(node.callFrame.url);
}

function nameOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  const file = REPO_PATH.exec(url)?.[1] ?? /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  const name = functionName === '' ? '(anonymous)' : functionName;
  return file === undefined ? name : `${name} (${file})`;
}

function add(totals: Map<string, number>, name: string, ms: number): void {
  totals.set(name, (totals.get(name) ?? 0) + ms);
}

function ranked(totals: ReadonlyMap<string, number>, top: number): FunctionTime[] {
  return [...totals]
    .sort(([, a], [, b]) => b - a)
    .slice(0, top)
    .map(([name, ms]) => ({ name, ms }));
}
