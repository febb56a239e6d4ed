import type { QuoteSpot } from './quote-spots.js';
import type { NewSuggestion, ReviewApi } from './review-api.js';

/** A suggestion the bench proposed, and what it proposed. */
export interface Proposed {
  readonly suggestionId: string;
  readonly proposal: NewSuggestion;
}

/** What `seedReview` made, in the order it made them. */
export interface Seeded {
  readonly suggestions: readonly Proposed[];
  readonly commentIds: readonly string[];
  /** Wall time of the whole seeding, one request after another. */
  readonly ms: number;
}

/**
 * Proposes suggestions and adds comments through the API, one request after another (the
 * meeting's commands do not retry a lost race, so parallel requests would be refused with
 * 409s). Suggestions and comments take turns over `spots`, so both spread over the paragraphs.
 */
export async function seedReview(
  api: ReviewApi,
  meetingId: string,
  items: { readonly spots: readonly QuoteSpot[]; readonly comments: number },
): Promise<Seeded> {
  const started = performance.now();
  const proposed: Proposed[] = [];
  const commentIds: string[] = [];
  const suggestions = items.spots.length - items.comments;
  for (const [index, spot] of items.spots.entries()) {
    const commentsLeft = items.comments - commentIds.length;
    const suggestionsLeft = suggestions - proposed.length;
    const comment = suggestionsLeft === 0 || (commentsLeft > 0 && index % 2 === 1);
    if (comment) {
      const body = `Bench comment ${commentIds.length + 1}: is this wording agreed?`;
      commentIds.push(await api.comment(meetingId, { ...spot, body }));
    } else {
      const proposal = suggestionFor(spot, proposed.length);
      proposed.push({ suggestionId: await api.propose(meetingId, proposal), proposal });
    }
  }
  return { suggestions: proposed, commentIds, ms: performance.now() - started };
}

/** Replacements and deletions in turn: accepting either edits the draft. */
function suggestionFor(spot: QuoteSpot, index: number): NewSuggestion {
  return { ...spot, replacement: index % 2 === 0 ? `${spot.quote} (as amended)` : '' };
}

/** `count` items of `all`, evenly spaced from the first. */
export function evenlySpaced<T>(all: readonly T[], count: number): T[] {
  if (count > all.length) throw new Error(`Asked for ${count} of only ${all.length} items.`);
  const step = all.length / count;
  return Array.from({ length: count }, (_, index) => all[Math.floor(index * step)] as T);
}
