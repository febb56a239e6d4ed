import { DRAFT_FIELD } from '@rapporteur/editor-schema';
import * as Y from 'yjs';

/** A run of text held by one Yjs item: `length` characters from `clock` of `client`. */
export interface TextItem {
  readonly client: number;
  readonly clock: number;
  readonly length: number;
}

/** Any Yjs type whose children can be walked: the fragment, an element, a text. */
export interface YType {
  readonly _start: Y.Item | null;
}

/** The draft's root: the XmlFragment the editor and the server share. */
export function draftFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(DRAFT_FIELD);
}

/**
 * The living text items of the draft in document order: exactly the characters that
 * `documentText` of its Tiptap JSON gives (@rapporteur/diff), item by item, so that runs of
 * authors line up with the document's text. Deleted items and formatting markers are skipped.
 */
export function* textItems(type: YType): Generator<TextItem> {
  for (let item = type._start; item !== null; item = item.right) {
    if (item.deleted) continue;
    const { content } = item;
    if (content instanceof Y.ContentString) {
      yield { client: item.id.client, clock: item.id.clock, length: content.str.length };
    } else if (content instanceof Y.ContentType) {
      yield* textItems(content.type);
    }
  }
}

/**
 * The top-level block (a child of the fragment) that an item sits in, or undefined when the
 * item is not inside a block (a block itself has no enclosing block: it returns itself).
 */
export function topLevelBlock(item: Y.Item, fragment: Y.XmlFragment): Y.Item | undefined {
  let current: Y.Item | null = item;
  while (current !== null) {
    const parent = current.parent as unknown;
    if (parent === fragment) return current;
    if (!(parent instanceof Y.AbstractType)) return undefined;
    current = parent._item;
  }
  return undefined;
}
