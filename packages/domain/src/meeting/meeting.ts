import type { MeetingDocument } from '../document/document.js';
import type { Role } from '../permissions/roles.js';
import { evolveReview } from '../review/review.evolve.js';
import type { ReviewComment, ReviewSuggestion } from '../review/review.state.js';
import { evolveVersions } from '../version/version.evolve.js';
import type { Version } from '../version/version.js';
import { DEFAULT_DOCUMENT_SETTINGS } from './document-settings.js';
import type { MeetingEvent } from './meeting.events.js';
import type { MeetingState, Participant } from './meeting.state.js';

/** The state of a stream with no event. */
export function initialState(): MeetingState {
  return { kind: 'unscheduled' };
}

/** Folds one event into the state. Events are facts: an event that does not fit changes nothing. */
export function evolve(state: MeetingState, event: MeetingEvent): MeetingState {
  if (event.type === 'MeetingScheduled') {
    const { meetingId, title, symbol, date, chair } = event.data;
    const participants = new Map([[chair.personId, { ...chair, role: 'chair' as const }]]);
    return {
      kind: 'scheduled',
      meetingId,
      title,
      symbol,
      date,
      participants,
      documents: new Map<string, MeetingDocument>(),
      versions: new Map<string, Version>(),
      frozen: undefined,
      documentRevision: 0,
      reopened: undefined,
      comments: new Map<string, ReviewComment>(),
      suggestions: new Map<string, ReviewSuggestion>(),
      endorsementsRequired: null,
      reviewItems: 0,
      documentSettings: DEFAULT_DOCUMENT_SETTINGS,
    };
  }
  if (state.kind === 'unscheduled') return state;
  switch (event.type) {
    case 'ParticipantInvited': {
      const { personId, name, email, role } = event.data;
      return {
        ...state,
        participants: withEntry(state.participants, personId, { personId, name, email, role }),
      };
    }
    case 'ParticipantRoleChanged': {
      const participant = state.participants.get(event.data.personId);
      if (participant === undefined) return state;
      const changed = { ...participant, role: event.data.role };
      return {
        ...state,
        participants: withEntry(state.participants, participant.personId, changed),
      };
    }
    case 'ParticipantRemoved': {
      const participants = new Map(state.participants);
      participants.delete(event.data.personId);
      return { ...state, participants };
    }
    case 'DocumentRegistered': {
      const { documentId, symbol, title, source, revision } = event.data;
      const document = { documentId, symbol, title, source, revision };
      return { ...state, documents: withEntry(state.documents, documentId, document) };
    }
    case 'DocumentEdited': {
      const { documentId, symbol, title, source, revision } = event.data;
      if (!state.documents.has(documentId)) return state;
      const document = { documentId, symbol, title, source, revision };
      return { ...state, documents: withEntry(state.documents, documentId, document) };
    }
    case 'DocumentSettingsChanged': {
      const { documentSymbol, language, timeZone } = event.data;
      // Settings recorded before links existed keep the default template.
      const linkTemplate =
        'linkTemplate' in event.data
          ? event.data.linkTemplate
          : DEFAULT_DOCUMENT_SETTINGS.linkTemplate;
      const documentSettings = { documentSymbol, language, timeZone, linkTemplate };
      return { ...state, documentSettings };
    }
    case 'VersionNamed':
    case 'VersionSubmitted':
    case 'VersionEndorsed':
    case 'ChangesRequested':
    case 'VersionApproved':
    case 'DraftFrozen':
    case 'DraftReopened':
      return evolveVersions(state, event);
    case 'CommentAdded':
    case 'CommentReplied':
    case 'CommentResolved':
    case 'CommentReopened':
    case 'SuggestionProposed':
    case 'SuggestionAccepted':
    case 'SuggestionRejected':
    case 'EndorsementsRequiredChanged':
      return evolveReview(state, event);
  }
}

/** A person's role in the meeting, or undefined when they are not a participant. */
export function roleOf(state: MeetingState, personId: string): Role | undefined {
  return state.kind === 'scheduled' ? state.participants.get(personId)?.role : undefined;
}

/** The meeting's chair, or undefined before it is scheduled. */
export function chairOf(state: MeetingState): Participant | undefined {
  if (state.kind === 'unscheduled') return undefined;
  return [...state.participants.values()].find((participant) => participant.role === 'chair');
}

function withEntry<Value>(
  map: ReadonlyMap<string, Value>,
  key: string,
  value: Value,
): ReadonlyMap<string, Value> {
  return new Map(map).set(key, value);
}
