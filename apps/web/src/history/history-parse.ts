import type { ChangeKind, SectionSummary } from '@rapporteur/diff';

import { isRecord } from '../api/http.js';
import { parseList } from '../meeting/meeting-api.js';
import type {
  AuthoredBlock,
  AuthoredRun,
  DailyActivity,
  DraftAt,
  DraftAuthors,
  DraftDiff,
  EditEntry,
  HistoryItem,
  HistoryPage,
  HistoryPerson,
  MeetingItem,
  Version,
} from './history-types.js';

// The server's answers, read field by field: a shape this version of the app cannot read
// becomes `undefined`, which the API client turns into a sentence instead of a broken panel.

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isInteger(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isString);

const KINDS: readonly ChangeKind[] = ['unchanged', 'added', 'removed', 'moved', 'changed'];
const isKind = (value: unknown): value is ChangeKind => KINDS.some((kind) => kind === value);

export function parsePerson(body: unknown): HistoryPerson | undefined {
  if (!isRecord(body)) return undefined;
  const { id, name, role, participant } = body;
  if (!isString(id) || !isString(name) || !isString(role)) return undefined;
  return { id, name, role, participant: participant !== false };
}

function parseEditEntry(body: Record<string, unknown>): EditEntry | undefined {
  const { actor, name, role, startedAt, endedAt, sections } = body;
  const { fromRevision, toRevision, updates, inserted, deleted } = body;
  if (!isString(actor) || !isString(name) || !isString(role)) return undefined;
  if (!isString(startedAt) || !isString(endedAt) || !isStringList(sections)) return undefined;
  if (!isCount(fromRevision) || !isCount(toRevision) || !isCount(updates)) return undefined;
  if (!isCount(inserted) || !isCount(deleted)) return undefined;
  return {
    kind: 'edit',
    ...{ actor, name, role, startedAt, endedAt },
    ...{ fromRevision, toRevision, updates, inserted, deleted, sections },
  };
}

function parseMeetingItem(body: Record<string, unknown>): MeetingItem | undefined {
  const { type, at, revision, actor, summary } = body;
  if (!isString(type) || !isString(at) || !isCount(revision)) return undefined;
  if (!isString(actor) || !isString(summary)) return undefined;
  return { kind: 'meeting', type, at, revision, actor, summary };
}

/** An item of the timeline; a kind this app does not know is left out, not an error. */
function parseItem(body: unknown): HistoryItem | null | undefined {
  if (!isRecord(body)) return undefined;
  if (body['kind'] === 'edit') return parseEditEntry(body);
  if (body['kind'] === 'meeting') return parseMeetingItem(body);
  return null;
}

function parseActivity(body: unknown): DailyActivity | undefined {
  if (!isRecord(body)) return undefined;
  const { day, actor, updates, inserted, deleted } = body;
  if (!isString(day) || !isString(actor)) return undefined;
  if (!isCount(updates) || !isCount(inserted) || !isCount(deleted)) return undefined;
  return { day, actor, updates, inserted, deleted };
}

export function parseHistoryPage(body: unknown): HistoryPage | undefined {
  if (!isRecord(body)) return undefined;
  const { nextCursor, revision } = body;
  const items = parseList(body['items'], parseItem);
  const activity = parseList(body['activity'], parseActivity);
  const people = parseList(body['people'], parsePerson);
  if (items === undefined || activity === undefined || people === undefined) return undefined;
  if (!(nextCursor === null || isString(nextCursor)) || !isCount(revision)) return undefined;
  const known = items.filter((item): item is HistoryItem => item !== null);
  return { items: known, nextCursor, revision, activity, people };
}

export function parseDraftAt(body: unknown): DraftAt | undefined {
  if (!isRecord(body)) return undefined;
  const { revision, head, html } = body;
  if (!isCount(revision) || !isCount(head) || !isString(html)) return undefined;
  return { revision, head, html };
}

function parseSection(body: unknown): SectionSummary | undefined {
  if (!isRecord(body)) return undefined;
  const { section, previousSection, kinds, authors } = body;
  if (!(section === null || isString(section))) return undefined;
  if (!Array.isArray(kinds) || !kinds.every(isKind) || !isStringList(authors)) return undefined;
  if (previousSection === undefined) return { section, kinds, authors };
  if (!(previousSection === null || isString(previousSection))) return undefined;
  return { section, previousSection, kinds, authors };
}

export function parseDraftDiff(body: unknown): DraftDiff | undefined {
  if (!isRecord(body) || !isRecord(body['diff'])) return undefined;
  const { from, to, html } = body;
  const { stats } = body['diff'];
  const sections = parseList(body['diff']['sections'], parseSection);
  const people = parseList(body['people'], parsePerson);
  if (!isCount(from) || !isCount(to) || !isString(html) || !isRecord(stats)) return undefined;
  if (sections === undefined || people === undefined) return undefined;
  const { insertedCharacters, deletedCharacters, changedBlocks } = stats;
  if (!isCount(insertedCharacters) || !isCount(deletedCharacters) || !isCount(changedBlocks))
    return undefined;
  const counted = { insertedCharacters, deletedCharacters, changedBlocks };
  return { from, to, diff: { sections, stats: counted }, html, people };
}

function parseRun(body: unknown): AuthoredRun | undefined {
  if (!isRecord(body)) return undefined;
  const { text, author } = body;
  if (!isString(text) || !(author === null || isString(author))) return undefined;
  return { text, author };
}

function parseBlock(body: unknown): AuthoredBlock | undefined {
  if (!isRecord(body)) return undefined;
  const { type, section, level } = body;
  const runs = parseList(body['runs'], parseRun);
  if (!isString(type) || !(section === null || isString(section)) || runs === undefined)
    return undefined;
  return typeof level === 'number' ? { type, section, level, runs } : { type, section, runs };
}

export function parseDraftAuthors(body: unknown): DraftAuthors | undefined {
  if (!isRecord(body)) return undefined;
  const { revision } = body;
  const blocks = parseList(body['blocks'], parseBlock);
  const people = parseList(body['people'], parsePerson);
  if (!isCount(revision) || blocks === undefined || people === undefined) return undefined;
  return { revision, blocks, people };
}

export function parseVersion(body: unknown): Version | undefined {
  if (!isRecord(body)) return undefined;
  const { versionId, name, draftRevision, status } = body;
  if (!isString(versionId) || !isString(name) || !isCount(draftRevision) || !isString(status))
    return undefined;
  return { versionId, name, draftRevision, status };
}
