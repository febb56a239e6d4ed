import type { Extensions } from '@tiptap/core';
import { getSchema } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type { Schema } from '@tiptap/pm/model';
import { StarterKit } from '@tiptap/starter-kit';

import { Footnote } from '../footnote/footnote.js';
import { NumberedParagraph } from '../numbering/numbered-paragraph.js';
import { CrossReference } from '../references/cross-reference.js';

/** The Yjs XmlFragment name the Collaboration extension and the server share. */
export const DRAFT_FIELD = 'default';

/**
 * The one extension list, used by the web editor (which adds Collaboration) and by the server.
 * A new array each call, so a caller may append to it without touching anyone else's.
 *
 * @example new Editor({ extensions: [...rapporteurExtensions(), Collaboration.configure({ document, field: DRAFT_FIELD })] })
 */
export function rapporteurExtensions(): Extensions {
  return [
    // Collaboration brings its own undo, which undoes only this person's changes. No trailing
    // node: each of two people opening a draft at once would add an empty paragraph of their
    // own, and both would survive the merge.
    // A link in a draft is text to edit: clicking it places the caret rather than leaving the page.
    StarterKit.configure({ undoRedo: false, trailingNode: false, link: { openOnClick: false } }),
    Table,
    TableRow,
    TableHeader,
    TableCell,
    NumberedParagraph,
    Footnote,
    CrossReference,
  ];
}

let schema: Schema | undefined;

/**
 * The ProseMirror schema of those extensions. Built once: a Schema is immutable, and nodes from
 * two instances of the same schema cannot be mixed, so everyone on the server shares this one.
 */
export function rapporteurSchema(): Schema {
  schema ??= getSchema(rapporteurExtensions());
  return schema;
}
