import {
  allowsMark,
  attributeProblem,
  DRAFT_FIELD,
  holdsText,
  isKnownNode,
  mayHold,
} from '@rapporteur/editor-schema';
import * as Y from 'yjs';
import { UpdatePlaces, type Place } from './update-places.js';

// y-prosemirror names a mark that may overlap itself "link--<8 characters of hash>".
const HASHED_MARK_NAME = /^(.*)--[a-zA-Z0-9+/=]{8}$/;

/**
 * Why an update cannot be stored in a draft, or undefined when it fits: each struct it carries
 * is checked against the editor schema (decision 23), in the place it will take, found from the
 * update itself or from the room's document `doc`. Only the editor's fragment holds elements of
 * known node types, each in a parent that may hold it, text only inside nodes that hold text,
 * known attributes with valid values, known marks. Other roots are not read by anyone and are
 * not checked. Costs one decoding and a lookup per struct: proportional to the update.
 */
export function editorSchemaProblem(update: Uint8Array, doc: Y.Doc): string | undefined {
  const { structs } = Y.decodeUpdate(update);
  const places = new UpdatePlaces(structs, doc);
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || struct.content instanceof Y.ContentDeleted) continue;
    const problem = structProblem(struct, places.of(struct));
    if (problem !== undefined) return `${problem}; nothing of the update was saved.`;
  }
  return undefined;
}

function structProblem(item: Y.Item, place: Place): string | undefined {
  const { parent, key } = place;
  if (parent.kind === 'root' && parent.name !== DRAFT_FIELD) return undefined;
  const content = item.content;
  const element = content instanceof Y.ContentType ? content.type : undefined;
  if (element instanceof Y.XmlElement && !isKnownNode(element.nodeName))
    return `The editor has no "${element.nodeName}" node`;
  if (parent.kind === 'unknown') return contentOnlyProblem(content);
  if (key !== null) {
    if (parent.kind !== 'element') return 'Only the editor’s nodes carry attributes';
    const values: unknown[] = content instanceof Y.ContentAny ? content.getContent() : [];
    if (values.length !== 1) return `The attribute "${key}" must hold one plain value`;
    return attributeProblem(parent.name, key, values[0]);
  }
  const holder = parent.kind === 'root' ? 'doc' : parent.kind === 'element' ? parent.name : '';
  if (element instanceof Y.XmlElement)
    return mayHold(holder, element.nodeName)
      ? undefined
      : `A "${element.nodeName}" node cannot stand ${holder === '' ? 'here' : `in "${holder}"`}`;
  if (element instanceof Y.XmlText)
    return holdsText(holder)
      ? undefined
      : `Text cannot stand ${holder === '' ? 'here' : `in "${holder}"`}`;
  if (parent.kind !== 'text') return 'Only the editor’s nodes and text belong in the draft';
  if (content instanceof Y.ContentString) return undefined;
  if (content instanceof Y.ContentFormat) return formatProblem(content);
  return 'Text holds only characters and marks';
}

/** For a struct whose place is not known yet: at least its content must be of the editor's kinds. */
function contentOnlyProblem(content: Y.Item['content']): string | undefined {
  if (content instanceof Y.ContentString || content instanceof Y.ContentAny) return undefined;
  if (content instanceof Y.ContentFormat)
    return markName(content.key) === undefined
      ? `The editor has no "${content.key}" mark`
      : undefined;
  if (content instanceof Y.ContentType)
    return content.type instanceof Y.XmlElement || content.type instanceof Y.XmlText
      ? undefined
      : 'Only the editor’s nodes and text belong in the draft';
  return 'Only the editor’s nodes and text belong in the draft';
}

function formatProblem(format: Y.ContentFormat): string | undefined {
  const mark = markName(format.key);
  if (mark === undefined) return `The editor has no "${format.key}" mark`;
  // Typed as an object by Yjs, but a raw client may send any value.
  const attributes: unknown = format.value;
  if (attributes === null) return undefined;
  if (typeof attributes !== 'object' || Array.isArray(attributes))
    return `The mark "${mark}" takes an object of attributes`;
  for (const [key, value] of Object.entries(attributes)) {
    const problem = attributeProblem(mark, key, value);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function markName(key: string): string | undefined {
  const name = HASHED_MARK_NAME.exec(key)?.[1] ?? key;
  return allowsMark('paragraph', name) ? name : undefined;
}
