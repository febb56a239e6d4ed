// Test helpers of @rapporteur/anchors (the `./testing` entry): drafts as the server builds them.
import { DRAFT_FIELD, importDocument, rapporteurSchema } from '@rapporteur/editor-schema';
import { readSummaryFixture } from '@rapporteur/editor-schema/testing';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

import { AnchorError } from '../src/anchor-error.js';

/** A draft imported from text the way the server imports one: importDocument, then y-tiptap. */
export function draftFromText(text: string): Y.Doc {
  return prosemirrorJSONToYDoc(rapporteurSchema(), importDocument(text).doc, DRAFT_FIELD);
}

/** A draft from a document in Tiptap JSON ({ type: 'doc', content: [...] }), through y-tiptap. */
export function draftFromJson(json: Record<string, unknown>): Y.Doc {
  return prosemirrorJSONToYDoc(rapporteurSchema(), json, DRAFT_FIELD);
}

/** The real summary of fixtures/ (CWG-WSIS&SDG, 34th meeting) as a draft. */
export function summaryDraft(): Y.Doc {
  return draftFromText(readSummaryFixture());
}

/** A second client's copy of a draft: a fresh Y.Doc (its own client id) with the same state. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  return replica;
}

/** Brings two clients' documents level, each receiving what it lacks of the other's. */
export function exchangeUpdates(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** The AnchorError an action throws; fails the test when it throws nothing or something else. */
export function refusalOf(action: () => unknown): AnchorError {
  try {
    action();
  } catch (error) {
    if (error instanceof AnchorError) return error;
    throw error;
  }
  throw new Error('Expected an AnchorError, but nothing was thrown.');
}
