import { documentLabel, isSameRevision } from '../document/document.js';
import { IllegalStateError, NotFoundError } from '../errors.js';
import { requireRevision, requireSymbol, requireText } from '../validation/fields.js';
import { LIMITS } from '../validation/limits.js';
import { authorizeIn, requireStamp } from './meeting.guards.js';
import type { EditDocument } from './meeting.commands.js';
import type { DocumentEdited } from './meeting.events.js';
import type { ScheduledMeeting } from './meeting.state.js';

/**
 * Decides a correction of a registered document. Whoever may register a document may correct
 * it (a title cut short by the importer, a source it could not see); what is not given keeps
 * its value, and the same document as before records nothing.
 */
export function editDocument(
  meeting: ScheduledMeeting,
  command: EditDocument,
): readonly DocumentEdited[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'edit');
  const current = meeting.documents.get(command.data.documentId);
  if (current === undefined)
    throw new NotFoundError(
      'document',
      'This document is not in the register of the meeting: reload the list of documents.',
    );
  const { symbol, title, source, revision } = command.data;
  const next = {
    documentId: current.documentId,
    symbol: symbol === undefined ? current.symbol : requireSymbol('symbol', symbol),
    title: title === undefined ? current.title : requireText('title', title, LIMITS.documentTitle),
    source: source === undefined ? current.source : requireText('source', source, LIMITS.source),
    revision: revision === undefined ? current.revision : requireRevision('revision', revision),
  };
  const clash = [...meeting.documents.values()].find(
    (other) => other.documentId !== next.documentId && isSameRevision(other, next),
  );
  if (clash !== undefined)
    throw new IllegalStateError(
      `${documentLabel(next)} is already registered ("${clash.title}"): correct that entry instead.`,
    );
  if (
    next.symbol === current.symbol &&
    next.title === current.title &&
    next.source === current.source &&
    next.revision === current.revision
  )
    return [];
  return [{ type: 'DocumentEdited', data: { ...next, at, by } }];
}
