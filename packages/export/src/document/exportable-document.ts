import type { TiptapNode } from '@rapporteur/diff';
import { validateDocument, withCurrentReferenceNumbers } from '@rapporteur/editor-schema';

/**
 * Refuses a document that does not fit the schema, with a RangeError listing the problems:
 * the refusal renderHtml gives, made by every format, so that a stored document either exports
 * to all of them or to none.
 */
export function assertExportable(doc: TiptapNode, format: string): void {
  const validation = validateDocument(doc);
  if (!validation.ok) {
    throw new RangeError(
      `${format}: the document does not fit the schema: ${validation.problems.join('; ')}`,
    );
  }
}

/**
 * The document as every format prints it, after the same refusal as assertExportable: each
 * cross-reference's label is the number its paragraph has now (decision 48), so every format
 * prints "section 9" once a section was inserted above section 8.
 */
export function exportableDocument(doc: TiptapNode, format: string): TiptapNode {
  assertExportable(doc, format);
  return withCurrentReferenceNumbers(doc);
}
