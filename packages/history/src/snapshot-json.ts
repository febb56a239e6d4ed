import type { TiptapNode } from '@rapporteur/diff';
import * as Y from 'yjs';

// y-prosemirror names a mark that may overlap itself "link--<8 characters of hash>".
const HASHED_MARK_NAME = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

/**
 * The draft fragment as Tiptap JSON as it was at `snapshot`: the same JSON y-prosemirror's
 * `yXmlFragmentToProsemirrorJSON` gives for a document at that state, read from a document
 * that keeps its deleted content (gc: false), with Yjs's snapshot-aware readers.
 */
export function fragmentJsonAt(fragment: Y.XmlFragment, snapshot: Y.Snapshot): TiptapNode {
  const doc = fragment.doc;
  if (doc === null) throw new Error('The fragment belongs to no document.');
  let json: TiptapNode = { type: 'doc', content: [] };
  // Yjs merges neighbouring items once they share a state (two successive values of an
  // attribute, both overwritten, become one item holding both), and its snapshot readers look
  // at an item's first id only. So split the items at the snapshot's edges first, and read
  // inside the same transaction: Yjs merges them back when the transaction ends.
  Y.transact(doc, (transaction) => {
    for (const [client, clock] of snapshot.sv)
      if (clock < Y.getState(doc.store, client))
        Y.getItemCleanStart(transaction, Y.createID(client, clock));
    Y.iterateDeletedStructs(transaction, snapshot.ds, () => undefined);
    json = {
      type: 'doc',
      content: Y.typeListToArraySnapshot(fragment, snapshot).flatMap((child) =>
        nodeJson(child, snapshot),
      ),
    };
  });
  return json;
}

function nodeJson(node: unknown, snapshot: Y.Snapshot): TiptapNode[] {
  if (node instanceof Y.XmlText) {
    const delta = node.toDelta(snapshot) as {
      insert: unknown;
      attributes?: Record<string, unknown>;
    }[];
    return delta.flatMap(({ insert, attributes }) => {
      if (typeof insert !== 'string') return [];
      const text: { type: string; text: string; marks?: TiptapNode['marks'] } = {
        type: 'text',
        text: insert,
      };
      if (attributes !== undefined)
        text.marks = Object.entries(attributes).map(([name, attrs]) => ({
          type: HASHED_MARK_NAME.exec(name)?.[1] ?? name,
          attrs: attrs as Record<string, unknown>,
        }));
      return [text];
    });
  }
  if (node instanceof Y.XmlElement) {
    const element: { type: string; attrs?: Record<string, unknown>; content?: TiptapNode[] } = {
      type: node.nodeName,
    };
    const attrs = attributesAt(node, snapshot);
    if (Object.keys(attrs).length > 0) element.attrs = attrs;
    // As y-prosemirror does: an element with children gets `content`, even when they hold no text.
    const children = Y.typeListToArraySnapshot(node, snapshot);
    if (children.length > 0)
      element.content = children.flatMap((child) => nodeJson(child, snapshot));
    return [element];
  }
  return [];
}

/**
 * An element's attributes at the snapshot. Not Yjs's `typeMapGetAllSnapshot`: it reads an
 * item's last value, but Yjs merges successive values of one attribute into one item once both
 * are overwritten, so the value the snapshot saw may sit inside the item. This looks at each
 * value of each item, newest first, and takes the newest one that existed and was not yet
 * overwritten at the snapshot.
 */
function attributesAt(
  element: { readonly _map: Map<string, Y.Item> },
  snapshot: Y.Snapshot,
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [key, latest] of element._map) {
    for (let item: Y.Item | null = latest; item !== null; item = item.left) {
      const { client, clock } = item.id;
      const known = snapshot.sv.get(client) ?? 0;
      const values: unknown[] = item.content.getContent();
      const index = values.findLastIndex(
        (_value, offset) =>
          clock + offset < known && !Y.isDeleted(snapshot.ds, Y.createID(client, clock + offset)),
      );
      if (index >= 0) {
        attributes[key] = values[index];
        break;
      }
      // Existed at the snapshot but already overwritten: no older value can be the one shown.
      if (clock < known) break;
    }
  }
  return attributes;
}
