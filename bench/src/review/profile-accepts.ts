import { writeFileSync } from 'node:fs';
import { summarizeProfile, type CpuProfile, type ProfileSummary } from './cpu-profile.js';
import { openInspector } from './inspector-session.js';
import type { ReviewApi } from './review-api.js';

// V8 samples every millisecond by default: too coarse for requests of a few tens of ms.
const SAMPLING_INTERVAL_US = 100;
const TOP = 15;

/**
 * Where the server's time goes while it accepts suggestions: V8's CPU profiler, over the
 * server's inspector, started just before the first acceptance and stopped after the last. A
 * pass of its own, after the timed one: the profiler slows what it watches. With
 * BENCH_REVIEW_PROFILE=<file.cpuprofile> the whole profile is written there too.
 */
export async function profileAccepts(
  inspectorUrl: string,
  api: ReviewApi,
  accepts: { readonly meetingId: string; readonly suggestionIds: readonly string[] },
): Promise<ProfileSummary & { readonly accepts: number }> {
  const inspector = await openInspector(inspectorUrl);
  try {
    await inspector.call('Profiler.enable');
    await inspector.call('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await inspector.call('Profiler.start');
    for (const [index, suggestionId] of accepts.suggestionIds.entries())
      await api.accept(accepts.meetingId, suggestionId, `bench-profiled-accept-${index}`);
    const { profile } = await inspector.call('Profiler.stop');
    await inspector.call('Profiler.disable');
    // To look at it whole: Chrome DevTools, Performance, Load profile.
    const keep = process.env.BENCH_REVIEW_PROFILE;
    if (keep !== undefined && keep !== '') writeFileSync(keep, JSON.stringify(profile));
    return {
      ...summarizeProfile(profile as CpuProfile, TOP),
      accepts: accepts.suggestionIds.length,
    };
  } finally {
    inspector.close();
  }
}
