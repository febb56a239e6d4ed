import type * as Y from 'yjs';

// Stands for one embedded object in a text (Yjs counts it as one character): the object
// replacement character, so that offsets in the plain text are offsets in the Y.XmlText.
const EMBED = '\uFFFC';

/**
 * The characters of a Y.XmlText without its formatting, index for index: `plainText(t)[i]` is
 * the character at Yjs index i. (`toString()` would add the formatting as XML tags.)
 */
export function plainText(ytext: Y.XmlText): string {
  let text = '';
  for (const op of ytext.toDelta() as { insert?: unknown }[]) {
    text += typeof op.insert === 'string' ? op.insert : EMBED;
  }
  return text;
}
