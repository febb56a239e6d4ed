/**
 * The footnotes of one export, numbered 1, 2, 3 in the order the export writes their
 * references (decision 43). Numbering as the references are written, not by a separate walk,
 * keeps the numbers at the references and in the notes list the same whatever order an export
 * writes its parts in (the title and the box before the body).
 */
export interface NoteList {
  /** Adds a note and answers its number. */
  add(text: string): number;
  /** The notes' texts in number order (the first is note 1). */
  readonly texts: readonly string[];
}

export function noteList(): NoteList {
  const texts: string[] = [];
  return {
    add(text) {
      texts.push(text);
      return texts.length;
    },
    texts,
  };
}
