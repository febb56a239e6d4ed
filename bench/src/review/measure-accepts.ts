import type { ReviewPlan } from '../plan.js';
import { progress } from '../support/progress.js';
import { timeAcceptances, type AcceptTimes } from './accept-timing.js';
import type { ProfileSummary } from './cpu-profile.js';
import { profileAccepts } from './profile-accepts.js';
import type { ReviewApi } from './review-api.js';
import type { ReviewServer } from './review-server.js';
import { evenlySpaced, type Proposed } from './seed-review.js';

export interface AcceptFigures {
  /** On the meeting with every review item, and on the baseline with only those it accepts. */
  readonly loaded: AcceptTimes;
  readonly baseline: AcceptTimes;
  /** Where the server's time went over further acceptances on the loaded meeting. */
  readonly profile: ProfileSummary & { readonly accepts: number };
}

/**
 * Accepts `plan.accepts` of the loaded meeting's suggestions (evenly spaced over them) and the
 * same proposals made afresh on the baseline meeting, taking turns; then profiles
 * `plan.profiledAccepts` others of the loaded meeting.
 */
export async function measureAccepts(
  server: ReviewServer,
  api: ReviewApi,
  work: {
    readonly loaded: { readonly meetingId: string; readonly suggestions: readonly Proposed[] };
    readonly baselineId: string;
    readonly plan: ReviewPlan;
  },
): Promise<AcceptFigures> {
  const { loaded, baselineId, plan } = work;
  const timed = evenlySpaced(loaded.suggestions, plan.accepts);
  const others = loaded.suggestions.filter((item) => !timed.includes(item));
  const profiled = evenlySpaced(others, plan.profiledAccepts);
  progress(`review: accepting ${timed.length} suggestions on each of two meetings`);
  const baselineIds: string[] = [];
  for (const { proposal } of timed) baselineIds.push(await api.propose(baselineId, proposal));
  const [withItems, baseline] = await timeAcceptances(api, server.log, [
    {
      label: 'loaded',
      meetingId: loaded.meetingId,
      suggestionIds: timed.map((item) => item.suggestionId),
    },
    { label: 'baseline', meetingId: baselineId, suggestionIds: baselineIds },
  ]);
  if (withItems === undefined || baseline === undefined)
    throw new Error('The acceptances were not all timed.');
  progress(`review: profiling ${profiled.length} more acceptances`);
  const profile = await profileAccepts(server.inspectorUrl, api, {
    meetingId: loaded.meetingId,
    suggestionIds: profiled.map((item) => item.suggestionId),
  });
  return { loaded: withItems, baseline, profile };
}
