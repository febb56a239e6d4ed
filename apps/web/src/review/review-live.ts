/**
 * Whether a meeting event may change what the margin and the register show: a comment or a
 * suggestion of anyone, and the versions and drafts they are anchored to (an accepted suggestion
 * moves the draft; a freeze closes the review).
 */
export function touchesReview(eventType: string): boolean {
  return /^(Comment|Suggestion|Version|Draft)/.test(eventType);
}

/** The revision of the newest event in `events` that touches the review, or undefined. */
export function latestReviewRevision(
  events: readonly { readonly type: string; readonly revision: number }[],
): number | undefined {
  let latest: number | undefined;
  for (const event of events) {
    if (touchesReview(event.type)) latest = Math.max(latest ?? event.revision, event.revision);
  }
  return latest;
}
