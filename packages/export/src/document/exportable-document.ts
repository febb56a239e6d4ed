import type { TiptapNode } from '@rapporteur/diff';
import { validateDocument } from '@rapporteur/editor-schema';

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
