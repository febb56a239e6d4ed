import type { NumberedParagraph } from './draft-paragraphs.js';

/** A quote the API can anchor: it appears exactly once in its numbered paragraph. */
export interface QuoteSpot {
  readonly paragraph: string;
  readonly quote: string;
}

// Two words at least, so that a quote reads as a phrase a person would select.
const MIN_WORDS = 2;
const MAX_WORDS = 8;

/**
 * `count` quotes spread over the paragraphs (one from each in turn, as reviewers spread over a
 * document), each unique in its paragraph and none overlapping another: accepting one
 * suggestion then never moves the text another one quotes. Throws when the draft has fewer.
 */
export function spreadQuotes(paragraphs: readonly NumberedParagraph[], count: number): QuoteSpot[] {
  const queues = paragraphs.map((paragraph) =>
    disjointQuotes(paragraph).map((quote) => ({ paragraph: paragraph.number, quote })),
  );
  const available = queues.reduce((sum, queue) => sum + queue.length, 0);
  if (available < count)
    throw new Error(`The draft offers ${available} distinct quotes; ${count} are needed.`);
  const spots: QuoteSpot[] = [];
  for (let round = 0; spots.length < count; round += 1) {
    for (const queue of queues) {
      const spot = queue[round];
      if (spot !== undefined && spots.length < count) spots.push(spot);
    }
  }
  return spots;
}

/**
 * Runs of words from the start of each line, each the shortest run (from two words) that
 * appears once in the whole paragraph; the next run starts after it.
 */
function disjointQuotes(paragraph: NumberedParagraph): string[] {
  const whole = paragraph.lines.join('\n');
  const once = (quote: string): boolean => whole.indexOf(quote) === whole.lastIndexOf(quote);
  const quotes: string[] = [];
  for (const line of paragraph.lines) {
    const words = [...line.matchAll(/\S+/g)].map((word) => ({
      start: word.index,
      end: word.index + word[0].length,
    }));
    // The last word of the shortest run from `first` that appears once, if one is short enough.
    const uniqueRunEnd = (first: number): number | undefined => {
      const start = words[first]?.start ?? 0;
      const limit = Math.min(words.length, first + MAX_WORDS);
      for (let last = first + MIN_WORDS - 1; last < limit; last += 1) {
        if (once(line.slice(start, words[last]?.end))) return last;
      }
      return undefined;
    };
    let first = 0;
    while (first + MIN_WORDS <= words.length) {
      const last = uniqueRunEnd(first);
      if (last === undefined) {
        first += 1;
        continue;
      }
      quotes.push(line.slice(words[first]?.start, words[last]?.end));
      first = last + 1;
    }
  }
  return quotes;
}
