import type { NoteList } from '../document/note-list.js';
import type { PdfContent } from './pdf-engine.js';

// pdfmake has no footnotes of its own, and a note at the foot of its page would need the page
// known before the page is laid out. So the notes are endnotes: a "Notes" list after the body,
// before the closing approval line (decision 43), each reference a link to its note.
/** The name of note `number`'s place in the PDF, which its reference links to. */
export const noteDestination = (number: number): string => `footnote-${number}`;

/** The notes after the body, numbered as their references; nothing when there are none. */
export function pdfNotes(notes: NoteList): PdfContent[] {
  if (notes.texts.length === 0) return [];
  return [
    { text: 'Notes', style: 'notesHeading' },
    ...notes.texts.map((text, index) => ({
      id: noteDestination(index + 1),
      columns: [
        { width: 18, text: `${index + 1}` },
        { width: '*', text },
      ],
      columnGap: 0,
      style: 'note',
    })),
  ];
}
