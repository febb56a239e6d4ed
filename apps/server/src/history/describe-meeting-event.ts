import {
  documentLabel,
  roleInSentence,
  type MeetingEvent,
  type ScheduledMeeting,
} from '@rapporteur/domain';

/**
 * A meeting event as the history panel says it, after the person's name: "invited Mr Vice as
 * a vice-chair". Names come from the meeting as it is now; a person no longer in it is named
 * by the event itself where it carries a name.
 */
export function describeMeetingEvent(event: MeetingEvent, meeting: ScheduledMeeting): string {
  const nameOf = (personId: string) =>
    meeting.participants.get(personId)?.name ?? 'a former participant';
  const versionName = (versionId: string) => {
    const version = meeting.versions.get(versionId);
    return version === undefined ? `a version` : `version “${version.name}”`;
  };
  switch (event.type) {
    case 'MeetingScheduled':
      return `scheduled the meeting “${event.data.title}”`;
    case 'ParticipantInvited':
      return `invited ${event.data.name} as ${roleInSentence(event.data.role)}`;
    case 'ParticipantRoleChanged':
      return `made ${nameOf(event.data.personId)} ${roleInSentence(event.data.role)}`;
    case 'ParticipantRemoved':
      return `removed ${nameOf(event.data.personId)} from the meeting`;
    case 'DocumentRegistered':
      return `registered the document ${event.data.symbol}`;
    case 'DocumentEdited':
      return `corrected the register entry of ${documentLabel(event.data)}: “${shortened(event.data.title)}”, from ${event.data.source}`;
    case 'VersionNamed':
      return `named ${versionName(event.data.versionId)} at revision ${event.data.draftRevision}`;
    case 'VersionSubmitted':
      return saying(`submitted ${versionName(event.data.versionId)} for approval`, event.data);
    case 'VersionEndorsed':
      return saying(`endorsed ${versionName(event.data.versionId)}`, event.data);
    case 'ChangesRequested':
      return `requested changes to ${versionName(event.data.versionId)}: ${event.data.comment}`;
    case 'VersionApproved':
      return saying(`approved ${versionName(event.data.versionId)}`, event.data);
    case 'DraftFrozen':
      return saying(`froze the draft at ${versionName(event.data.versionId)}`, event.data);
    case 'DraftReopened': {
      // The reason is why a frozen text was opened again: the line says it, as a request for
      // changes says its comment.
      const reopened = `reopened the draft as Rev.${event.data.documentRevision}`;
      return event.data.reason === null ? reopened : `${reopened}: ${event.data.reason}`;
    }
    case 'CommentAdded':
      return `commented${inParagraph(event.data.paragraph)}: “${shortened(event.data.body)}”`;
    case 'CommentReplied':
      return `replied to ${commentNumber(event.data.commentId)}: “${shortened(event.data.body)}”`;
    case 'CommentResolved':
      return `resolved ${commentNumber(event.data.commentId)} as ${event.data.disposition}`;
    case 'CommentReopened':
      return `reopened ${commentNumber(event.data.commentId)}`;
    case 'SuggestionProposed':
      return `suggested ${suggestionInWords(event.data)}${inParagraph(event.data.paragraph)}`;
    case 'SuggestionAccepted':
      return `accepted ${suggestionNumber(event.data.suggestionId)}`;
    case 'SuggestionRejected':
      return `rejected ${suggestionNumber(event.data.suggestionId)}`;
    case 'DocumentSettingsChanged': {
      const { documentSymbol, language, timeZone } = event.data;
      const symbol = documentSymbol === null ? 'no symbol of its own' : `symbol ${documentSymbol}`;
      return `set the summary's ${symbol}, language ${language}, time zone ${timeZone}`;
    }
    case 'EndorsementsRequiredChanged':
      return `required ${event.data.endorsementsRequired} vice-chair endorsement${event.data.endorsementsRequired === 1 ? '' : 's'} before approval`;
  }

  function commentNumber(commentId: string): string {
    const number = meeting.comments.get(commentId)?.number;
    return number === undefined ? 'a comment' : `comment ${number}`;
  }
  function suggestionNumber(suggestionId: string): string {
    const number = meeting.suggestions.get(suggestionId)?.number;
    return number === undefined ? 'a suggestion' : `suggestion ${number}`;
  }
}

const SHORT = 80;

// A step's comment follows it, as a request for changes gives its comment (steps stored before
// comments were recorded have none).
function saying(line: string, step: { readonly comment?: string | null }): string {
  return step.comment === undefined || step.comment === null ? line : `${line}: ${step.comment}`;
}

/** The first words of a long text, for one line of the history. */
function shortened(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= SHORT ? line : `${line.slice(0, SHORT - 1)}…`;
}

function inParagraph(paragraph: string | null): string {
  return paragraph === null ? '' : ` in paragraph ${paragraph}`;
}

function suggestionInWords(suggestion: { kind: string; quote: string; replacement: string }) {
  switch (suggestion.kind) {
    case 'insertion':
      return `inserting “${shortened(suggestion.replacement)}”`;
    case 'deletion':
      return `deleting “${shortened(suggestion.quote)}”`;
    default:
      return `replacing “${shortened(suggestion.quote)}” with “${shortened(suggestion.replacement)}”`;
  }
}
