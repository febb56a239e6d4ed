import type { TiptapNode } from '@rapporteur/diff';

import { numberedParagraphs } from './documents.js';

/**
 * The first numbered paragraph of `doc` whose number and first words are not found in `flow`
 * (PDF text with white space made single) after the previous one, or undefined when all are
 * there in order: each number must be printed before its own text, in the document's order.
 */
export function firstOutOfOrder(flow: string, doc: TiptapNode): string | undefined {
  let from = 0;
  for (const { number, text } of numberedParagraphs(doc)) {
    const start = `${number} ${text.split(' ').slice(0, 3).join(' ')}`;
    const at = flow.indexOf(start, from);
    if (at < from) return start;
    from = at;
  }
  return undefined;
}
