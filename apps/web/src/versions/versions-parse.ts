import type { VersionStatus } from '@rapporteur/domain';

import { isRecord } from '../api/http.js';
import { parseList } from '../meeting/meeting-api.js';
import type { VersionRecord, VersionStep } from './version-record.js';

// Read field by field: an answer this version of the app cannot read becomes `undefined`, which
// the API client turns into a sentence rather than a broken card.

const STATUSES: readonly VersionStatus[] = [
  'named',
  'submitted',
  'endorsed',
  'changes-requested',
  'approved',
  'frozen',
];
const isStatus = (value: unknown): value is VersionStatus =>
  STATUSES.some((status) => status === value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isInteger(value);

function parseStep(body: unknown): VersionStep | undefined {
  if (!isRecord(body)) return undefined;
  const { at, by } = body;
  return isString(at) && isString(by) ? { at, by } : undefined;
}

/** A step not taken yet is null; a step that cannot be read is undefined. */
function parseOptionalStep(body: unknown): VersionStep | null | undefined {
  return body === null || body === undefined ? null : parseStep(body);
}

function parseChangesRequested(body: unknown): VersionRecord['changesRequested'] | undefined {
  if (body === null || body === undefined) return null;
  const step = parseStep(body);
  if (step === undefined || !isRecord(body) || !isString(body['comment'])) return undefined;
  return { ...step, comment: body['comment'] };
}

export function parseVersionRecord(body: unknown): VersionRecord | undefined {
  if (!isRecord(body)) return undefined;
  const { versionId, name, draftRevision, documentRevision, status, contentHash, chainHash } = body;
  if (!isString(versionId) || !isString(name) || !isStatus(status)) return undefined;
  if (!isCount(draftRevision) || !isCount(documentRevision)) return undefined;
  if (!isString(contentHash) || !isString(chainHash)) return undefined;
  const named = parseStep(body['named']);
  const submitted = parseOptionalStep(body['submitted']);
  const endorsements = parseList(body['endorsements'] ?? [], parseStep);
  const changesRequested = parseChangesRequested(body['changesRequested']);
  const approved = parseOptionalStep(body['approved']);
  const frozen = parseOptionalStep(body['frozen'] ?? null);
  if (named === undefined || submitted === undefined || endorsements === undefined)
    return undefined;
  if (changesRequested === undefined || approved === undefined || frozen === undefined)
    return undefined;
  return {
    ...{ versionId, name, draftRevision, documentRevision, status, contentHash, chainHash },
    ...{ named, submitted, endorsements, changesRequested, approved, frozen },
  };
}

export function parseVersionRecords(body: unknown): VersionRecord[] | undefined {
  return parseList(body, parseVersionRecord);
}
