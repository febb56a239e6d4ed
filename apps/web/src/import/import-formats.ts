// The files the Import dialog offers, and the media type each is sent as: the ones the server's
// import endpoint reads (a browser's own guess at a file's type is often empty for .md).

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const BY_EXTENSION: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  docx: DOCX_TYPE,
};

/** What the file chooser's `accept` lists. */
export const ACCEPTED_FILES = '.txt,.md,.markdown,.docx,text/plain,text/markdown';

/** The media type to send `fileName` as, or undefined for a file the import does not read. */
export function importTypeOf(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return undefined;
  return BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()];
}

/** The sentence for a file the dialog will not send, naming the file. */
export function unsupportedFileSentence(fileName: string): string {
  return `“${fileName}” is not a file the import reads: choose a .txt, .md or .docx file.`;
}
