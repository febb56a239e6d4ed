// A numbered paragraph's identity: what a cross-reference stores instead of a number, which
// changes whenever a paragraph is inserted above (decision 48).

const ID_PATTERN = /^p-[a-z0-9]{6,32}$/;
const ID_LENGTH = 12;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Whether `value` has the shape of a paragraph id ("p-3k9x0q2m7a1z"). */
export function isParagraphId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** The id when `value` is one, else null: readers never fail on what a peer stored. */
export function paragraphIdOr(value: unknown): string | null {
  return isParagraphId(value) ? value : null;
}

/**
 * A new random paragraph id. getRandomValues, not randomUUID: it exists in the browser on a
 * plain-HTTP page too, and 12 characters of base 36 (62 bits) are unique within any draft.
 */
export function newParagraphId(): string {
  const bytes = new Uint8Array(ID_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  let id = 'p-';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length] ?? '0';
  return id;
}

type JsonNode = { attrs?: Record<string, unknown>; content?: JsonNode[]; type?: string };

/**
 * The JSON without `id: null` on paragraphs, the way Yjs holds a paragraph that was never
 * referred to (y-prosemirror stores no null attribute): so that a document rebuilt through
 * ProseMirror, which writes every attribute, equals the same document read back from Yjs.
 */
export function withoutNullIds<T extends JsonNode>(node: T): T {
  const attrs = node.attrs;
  const kept =
    attrs !== undefined && Object.hasOwn(attrs, 'id') && attrs['id'] === null
      ? {
          ...node,
          attrs: Object.fromEntries(Object.entries(attrs).filter(([key]) => key !== 'id')),
        }
      : node;
  return kept.content === undefined
    ? kept
    : { ...kept, content: kept.content.map((child) => withoutNullIds(child)) };
}
