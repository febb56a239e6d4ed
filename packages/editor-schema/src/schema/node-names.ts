// The type names a Rapporteur document uses in its JSON, in one place: the importer, the
// renderer and the validator build or read JSON by hand and must agree with the extensions.

/** The node type of a numbered paragraph (a section heading at level 1). */
export const NUMBERED_PARAGRAPH = 'numberedParagraph';

/** The node type of a footnote: an inline atom holding the note's text (decision 43). */
export const FOOTNOTE = 'footnote';
/** The node type of a cross-reference: an inline atom showing a numbered paragraph's current number. */
export const CROSS_REFERENCE = 'crossReference';

export const nodeNames = {
  doc: 'doc',
  paragraph: 'paragraph',
  heading: 'heading',
  numberedParagraph: NUMBERED_PARAGRAPH,
  bulletList: 'bulletList',
  listItem: 'listItem',
  table: 'table',
  tableRow: 'tableRow',
  tableHeader: 'tableHeader',
  tableCell: 'tableCell',
  footnote: FOOTNOTE,
  crossReference: CROSS_REFERENCE,
  text: 'text',
} as const;

export const markNames = {
  bold: 'bold',
  italic: 'italic',
  link: 'link',
} as const;
