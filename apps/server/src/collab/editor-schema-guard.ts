import {
  allowsMark,
  attributeProblem,
  DRAFT_FIELD,
  holdsText,
  isKnownNode,
  mayHold,
} from '@rapporteur/editor-schema';
import type { UpdateCheck } from '@rapporteur/collab';
import * as Y from 'yjs';
import { UpdatePlaces, type Place } from './update-places.js';

// y-prosemirror names a mark that may overlap itself "link--<8 characters of hash>".
const HASHED_MARK_NAME = /^(.*)--[a-zA-Z0-9+/=]{8}$/;

/**
 * The room's check of each update against the editor schema (decision 23), for one commit over
 * the room's document `doc`: each struct of an update is checked in the place it will take,
 * found from the update, the updates of the commit before it, or the document. Only the
 * editor's fragment holds elements of known node types, each in a parent that may hold it, text
 * only inside nodes that hold text, known attributes with valid values, known marks. Other
 * roots are read by nobody and not checked. A struct placed behind content the room does not
 * hold makes the update wait. Costs one decoding and a lookup per struct: proportional to the
 * update, not the document.
 */
export function editorSchemaCheck(doc: Y.Doc): UpdateCheck {
  const places = new UpdatePlaces(doc);
  return {
    verdict(update) {
      const { structs } = Y.decodeUpdate(update);
      const added = places.add(structs);
      let waits = false;
      for (const struct of structs) {
        if (!(struct instanceof Y.Item) || struct.content instanceof Y.ContentDeleted) continue;
        const place = places.of(struct);
        const problem = structProblem(struct, place);
        if (problem !== undefined) {
          places.remove(added);
          return { unfit: `${problem}; nothing of the update was saved.` };
        }
        if (place.parent.kind === 'unknown') waits = true;
      }
      if (waits) places.remove(added);
      return waits ? 'waits' : 'fits';
    },
  };
}

function structProblem(item: Y.Item, place: Place): string | undefined {
  const { parent, key } = place;
  if (parent.kind === 'gone') return undefined;
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
