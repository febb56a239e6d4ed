// The PDF's named styles, sized as the DOCX's: an ITU summary on A4.
export const PDF_STYLES = {
  meeting: { fontSize: 12, bold: true },
  symbol: { fontSize: 12, bold: true, alignment: 'right' },
  title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 14, 0, 12] },
  boxLabel: { bold: true, margin: [0, 0, 0, 3] },
  heading1: { fontSize: 14, bold: true, margin: [0, 12, 0, 6] },
  heading2: { fontSize: 12.5, bold: true, margin: [0, 10, 0, 4] },
  heading3: { fontSize: 11.5, bold: true, margin: [0, 8, 0, 4] },
  heading4: { fontSize: 11, bold: true, margin: [0, 6, 0, 3] },
  heading5: { fontSize: 11, bold: true, italics: true, margin: [0, 6, 0, 3] },
  heading6: { fontSize: 11, italics: true, margin: [0, 6, 0, 3] },
  paragraph: { margin: [0, 0, 0, 6] },
  numberedSection: { bold: true, margin: [0, 10, 0, 6] },
  numberedParagraph: { margin: [0, 0, 0, 6] },
  code: { fontSize: 9.5, background: '#eeeeee', margin: [0, 0, 0, 6], preserveLeadingSpaces: true },
  table: { fontSize: 10, margin: [0, 2, 0, 8] },
  closing: { fontSize: 9, italics: true },
  // The notes after the body (pdf-notes.ts): a small heading, then the notes a size smaller.
  notesHeading: { fontSize: 11, bold: true, margin: [0, 14, 0, 4] },
  note: { fontSize: 9.5, margin: [0, 0, 0, 3] },
} as const;
