import type { TiptapNode } from '@rapporteur/diff';

import { numbered, paragraph, text } from './documents.js';

export const NOTE_ONE = 'As revised on the day of the meeting.';
export const NOTE_TWO = 'See Document C-0001 Rev.4 & its annex <A>.';
export const NOTE_THREE = 'Third note, in a table cell.';

function footnote(note: string): TiptapNode {
  return { type: 'footnote', attrs: { text: note } };
}

/** Three footnotes, in a section title, a numbered paragraph and a table cell, in that order. */
export function footnotedDocument(): TiptapNode {
  return {
    type: 'doc',
    content: [
      numbered(1, text('Adoption of the agenda'), footnote(NOTE_ONE)),
      numbered(
        2,
        text('The group took note of the report'),
        footnote(NOTE_TWO),
        text(' and agreed.'),
      ),
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              { type: 'tableCell', content: [paragraph(text('Cell'), footnote(NOTE_THREE))] },
            ],
          },
        ],
      },
    ],
  };
}
