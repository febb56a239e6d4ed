/** A node of a Tiptap JSON document, as stored and as the editor's getJSON() gives it. */
export interface TiptapNode {
  readonly type: string;
  readonly attrs?: Record<string, unknown>;
  readonly content?: readonly TiptapNode[];
  readonly text?: string;
  readonly marks?: readonly { type: string; attrs?: Record<string, unknown> }[];
}

/**
 * The text characters of every `text` node of the document in document order, concatenated
 * with no separators: hard breaks and block boundaries add nothing. This is the index space of
 * AuthorRun, the one thing a collaboration layer can attribute without knowing the schema.
 *
 * @example documentText(doc) // 'IntroductionThe meeting was opened.' for two blocks
 */
export function documentText(doc: TiptapNode): string {
  const pieces: string[] = [];
  const visit = (node: TiptapNode): void => {
    if (node.type === 'text') {
      pieces.push(node.text ?? '');
      return;
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  return pieces.join('');
}
