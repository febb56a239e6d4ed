// The word a new cross-reference gets in front of it, so that picking section 8 writes
// "section 8" where the person was typing (decision 48: the word is text, the number a node).

const WORD_BEFORE = /\b(?:sections?|paragraphs?)\s$/iu;

/**
 * "section " for a level-1 target, "paragraph " deeper; '' when the text before the caret
 * already ends with such a word ("see section |"). A space first when the caret sits right
 * after a word.
 */
export function referenceWord(textBefore: string, level: number): string {
  if (WORD_BEFORE.test(textBefore)) return '';
  const word = level === 1 ? 'section ' : 'paragraph ';
  return textBefore === '' || /\s$/u.test(textBefore) ? word : ` ${word}`;
}
