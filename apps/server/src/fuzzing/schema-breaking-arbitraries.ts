import { DRAFT_FIELD } from '@rapporteur/editor-schema';
import fc from 'fast-check';
import * as Y from 'yjs';
import { bytes, varBytes } from './wire-bytes.js';

/** The frame kinds of updates that break the editor schema start with this. */
export const UNFIT_KIND = 'update-unfit';

/**
 * One way to break the editor schema, done on a document holding one numbered paragraph; or,
 * for another root type under the draft's name, on `other`, a fresh document of its own client
 * id (Yjs will not hold two types under one root name in one document).
 */
type Breaking = (fragment: Y.XmlFragment, other: Y.Doc, value: fc.JsonValue) => void;

const paragraphOf = (fragment: Y.XmlFragment) => fragment.get(0) as Y.XmlElement;
const textOf = (fragment: Y.XmlFragment) => paragraphOf(fragment).get(0) as Y.XmlText;
const element = (name: string, ...children: (Y.XmlElement | Y.XmlText)[]) => {
  const made = new Y.XmlElement(name);
  made.insert(0, children);
  return made;
};

const BREAKINGS: Readonly<Record<string, Breaking>> = {
  'unknown-attribute': (fragment, _doc, value) => {
    paragraphOf(fragment).setAttribute('data-x', value as never);
  },
  'level-not-a-number': (fragment, _doc, value) => {
    paragraphOf(fragment).setAttribute(
      'level',
      (typeof value === 'number' ? `${value}` : value) as never,
    );
  },
  'level-out-of-range': (fragment) => {
    paragraphOf(fragment).setAttribute('level', 7 as never);
  },
  'colspan-not-a-count': (fragment, _doc, value) => {
    const cell = element('tableCell', element('paragraph', new Y.XmlText('cell')));
    fragment.insert(1, [element('table', element('tableRow', cell))]);
    cell.setAttribute('colspan', (typeof value === 'number' ? -1 : value) as never);
  },
  'unknown-node': (fragment) => {
    fragment.insert(1, [element('section', new Y.XmlText('hidden'))]);
  },
  'script-node': (fragment) => {
    fragment.insert(0, [element('script', new Y.XmlText('alert(1)'))]);
  },
  'node-in-the-wrong-parent': (fragment) => {
    fragment.insert(1, [element('tableRow', element('tableCell'))]);
  },
  'block-inside-a-paragraph': (fragment) => {
    paragraphOf(fragment).insert(0, [element('bulletList')]);
  },
  'text-at-the-root': (fragment) => {
    fragment.insert(1, [new Y.XmlText('loose')]);
  },
  'text-in-a-list': (fragment) => {
    fragment.insert(1, [element('bulletList', new Y.XmlText('loose'))]);
  },
  'unknown-mark': (fragment) => {
    textOf(fragment).format(0, 1, { comment: { id: 1 } });
  },
  'mark-attribute-of-the-wrong-type': (fragment, _doc, value) => {
    textOf(fragment).format(0, 1, {
      link: { href: typeof value === 'string' || value === null ? 7 : value },
    });
  },
  'attribute-on-text': (fragment) => {
    textOf(fragment).setAttribute('x', 'y');
  },
  'map-on-the-draft-root': (_fragment, other, value) => {
    other.getMap(DRAFT_FIELD).set('x', value as never);
  },
  'array-on-the-draft-root': (_fragment, other, value) => {
    other.getArray(DRAFT_FIELD).push([value] as never[]);
  },
  'text-type-on-the-draft-root': (_fragment, other) => {
    other.getText(DRAFT_FIELD).insert(0, 'plain');
  },
};

/**
 * Updates an editor could send over a raw socket that do not fit the editor schema (decision
 * 23): each writes a valid numbered paragraph, then breaks the schema, either in the same update
 * or in a second one built on the first once it is stored (the room then places it from its own
 * document). The room must refuse each breaking update with 4422 and store nothing of it; the
 * valid part sent first is an ordinary update.
 */
export const schemaBreakingFrames = fc
  .record({
    // Unbiased: a fresh client id each time (decision 20), not the edge values fast-check favours.
    client: fc.noBias(fc.integer({ min: 2, max: 2 ** 32 - 1 })),
    breaking: fc.constantFrom(...Object.keys(BREAKINGS)),
    value: fc.jsonValue({ maxDepth: 1 }),
    split: fc.boolean(),
  })
  .map(({ client, breaking, value, split }) => {
    const doc = new Y.Doc();
    doc.clientID = client;
    const fragment = doc.getXmlFragment(DRAFT_FIELD);
    const paragraph = element('numberedParagraph', new Y.XmlText('Fuzzed point'));
    paragraph.setAttribute('level', 2 as never);
    fragment.insert(0, [paragraph]);
    const valid = Y.encodeStateAsUpdate(doc);
    const afterValid = Y.encodeStateVector(doc);
    const other = new Y.Doc();
    other.clientID = client - 1;
    BREAKINGS[breaking]?.(fragment, other, value);
    const unfit = Y.mergeUpdates([
      Y.encodeStateAsUpdate(doc, split ? afterValid : undefined),
      Y.encodeStateAsUpdate(other),
    ]);
    doc.destroy();
    other.destroy();
    const frame = (kind: string, update: Uint8Array) => ({
      kind,
      data: bytes(0, 2, varBytes(update)),
      text: false,
    });
    return split
      ? [frame('update', valid), frame(`${UNFIT_KIND}-${breaking}`, unfit)]
      : [frame(`${UNFIT_KIND}-${breaking}`, unfit)];
  });
