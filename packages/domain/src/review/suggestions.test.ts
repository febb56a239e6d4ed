import { describe, expect, it } from 'vitest';
import {
  acceptSuggestion,
  given,
  holding,
  inserting,
  proposeSuggestion,
  rejectSuggestion,
  replacing,
  stagesOf,
  suggestionAccepted,
  suggestionProposed,
  suggestionRejected,
  team,
  versionAt,
  type SuggestionDetails,
} from '../../testing/index.js';
import { replay } from '../decider.js';
import { ForbiddenError, IllegalStateError, NotFoundError, ValidationError } from '../errors.js';
import { meetingDecider } from '../meeting/meeting.decide.js';

const delegate = holding.delegate;
const ahmadova = holding['vice-chair'];
const suggestion = replacing('s-1');
const proposed = [...team, suggestionProposed(suggestion, delegate)];

function stateAfter(events: Parameters<typeof given>[0]) {
  const state = replay(meetingDecider, events ?? []);
  if (state.kind !== 'scheduled') throw new Error('the meeting was not scheduled');
  return state;
}

describe('proposing a suggestion', () => {
  it('lets a delegate propose a replacement', () => {
    given(team)
      .when(proposeSuggestion(suggestion, delegate))
      .then([suggestionProposed(suggestion, delegate)]);
  });

  it('takes an insertion (no quote) with a note, and a deletion (no replacement)', () => {
    given(team)
      .when(proposeSuggestion(inserting('s-2'), delegate))
      .then([suggestionProposed(inserting('s-2'), delegate)]);
    const deletion: SuggestionDetails = {
      ...suggestion,
      suggestionId: 's-3',
      kind: 'deletion',
      replacement: '',
    };
    given(team)
      .when(proposeSuggestion(deletion, holding.secretariat))
      .then([suggestionProposed(deletion, holding.secretariat)]);
  });

  it('numbers suggestions with the comments, and keeps them open and undecided', () => {
    const state = stateAfter([...proposed, suggestionProposed(inserting('s-2'), ahmadova)]);
    expect(state.suggestions.get('s-1')).toMatchObject({
      number: 1,
      kind: 'replacement',
      quote: '15 January 2020',
      replacement: '31 January 2020',
      status: 'open',
      decided: undefined,
      draftRevision: undefined,
      proposed: { by: { personId: 'p-museminali' } },
    });
    expect(state.suggestions.get('s-2')).toMatchObject({ number: 2, note: inserting().note });
  });

  it.each([
    ['nothing to insert or delete', { quote: '', replacement: '' }],
    ['the same text', { replacement: suggestion.quote }],
  ])('refuses an empty suggestion: %s', (_, change) => {
    given(team)
      .when(proposeSuggestion({ ...suggestion, ...change }, delegate))
      .thenThrows(ValidationError, /^The suggestion changes nothing/, { field: 'replacement' });
  });

  it('refuses a kind that does not match the texts', () => {
    given(team)
      .when(proposeSuggestion({ ...suggestion, kind: 'insertion' }, delegate))
      .thenThrows(
        ValidationError,
        /^kind is insertion, but the suggestion is a replacement: an insertion quotes no text/,
        { field: 'kind' },
      );
  });

  it.each([
    ['replacement', { replacement: 'x'.repeat(5001) }, /the limit is 5000\.$/],
    ['quote', { quote: 'bell\u0007' }, /without control characters\.$/],
    ['kind', { kind: 'rewrite' }, /^kind must be one of insertion, deletion, replacement\.$/],
    ['note', { note: 'x'.repeat(2001) }, /the limit is 2000\.$/],
  ])('refuses a bad %s', (field, change, message) => {
    given(team)
      .when(proposeSuggestion({ ...suggestion, ...change } as SuggestionDetails, delegate))
      .thenThrows(ValidationError, message, { field });
  });

  it('refuses a suggestion id used already', () => {
    given(proposed)
      .when(proposeSuggestion(suggestion, ahmadova))
      .thenThrows(
        IllegalStateError,
        /^There is already suggestion 1 under the same id: give the new suggestion an id of its own\.$/,
      );
  });

  it('refuses every suggestion while the draft is frozen', () => {
    given(stagesOf(versionAt(41)).frozen)
      .when(proposeSuggestion(suggestion, delegate))
      .thenThrows(IllegalStateError, /^The draft is frozen .*: to suggest a change, the chair/);
  });
});

describe('deciding a suggestion', () => {
  it('lets a vice-chair accept it, recording where the text landed', () => {
    given(proposed)
      .when(acceptSuggestion('s-1', ahmadova, { reason: 'Agreed in the meeting.' }))
      .then([suggestionAccepted('s-1', ahmadova, { reason: 'Agreed in the meeting.' })]);
    const state = stateAfter([...proposed, suggestionAccepted('s-1', ahmadova)]);
    expect(state.suggestions.get('s-1')).toMatchObject({
      status: 'accepted',
      draftRevision: 42,
      decided: { reason: null, by: { personId: 'p-ahmadova' } },
    });
  });

  it('lets the chair reject it, a blank reason being none', () => {
    given(proposed)
      .when(rejectSuggestion('s-1', holding.chair, ' '))
      .then([suggestionRejected('s-1')]);
    const state = stateAfter([...proposed, suggestionRejected('s-1', holding.chair, 'Too late.')]);
    expect(state.suggestions.get('s-1')).toMatchObject({
      status: 'rejected',
      decided: { reason: 'Too late.' },
      draftRevision: undefined,
    });
  });

  it.each([
    ['the secretariat', holding.secretariat, /you are the secretariat\.$/],
    ['a delegate, even its author', delegate, /you are a delegate\.$/],
  ])('refuses %s accepting or rejecting', (_, by, you) => {
    given(proposed)
      .when(acceptSuggestion('s-1', by))
      .thenThrows(ForbiddenError, you, { action: 'decide-suggestion' });
    given(proposed)
      .when(rejectSuggestion('s-1', by))
      .thenThrows(
        ForbiddenError,
        /^Only the chair or a vice-chair may accept or reject suggestions/,
        { action: 'decide-suggestion' },
      );
  });

  it('refuses deciding twice', () => {
    const accepted = [...proposed, suggestionAccepted('s-1', ahmadova)];
    given(accepted)
      .when(rejectSuggestion('s-1'))
      .thenThrows(
        IllegalStateError,
        /^Suggestion 1 was accepted already, so it cannot be rejected/,
      );
    given([...proposed, suggestionRejected('s-1')])
      .when(acceptSuggestion('s-1', ahmadova))
      .thenThrows(
        IllegalStateError,
        /^Suggestion 1 was rejected already, so it cannot be accepted/,
      );
  });

  it('refuses a suggestion that does not exist', () => {
    given(proposed)
      .when(acceptSuggestion('s-missing', ahmadova))
      .thenThrows(NotFoundError, /^This meeting has no such suggestion/, {
        resource: 'suggestion',
        id: 's-missing',
      });
  });

  it('refuses an acceptance without the draft revision where it landed', () => {
    const command = acceptSuggestion('s-1', ahmadova);
    const withoutHash = { ...command, data: { ...command.data, contentHash: 'abc' } };
    given(proposed)
      .when(withoutHash)
      .thenThrows(ValidationError, /^contentHash must be a SHA-256 digest/, {
        field: 'contentHash',
      });
  });

  it('refuses deciding while the draft is frozen', () => {
    given([...stagesOf(versionAt(41)).frozen, suggestionProposed(suggestion, delegate)])
      .when(rejectSuggestion('s-1'))
      .thenThrows(IllegalStateError, /^The draft is frozen/);
  });

  it('ignores decisions about a suggestion it does not know', () => {
    const state = stateAfter([...team, suggestionAccepted('s-x'), suggestionRejected('s-y')]);
    expect(state.suggestions.size).toBe(0);
  });
});
