import type { ReactElement } from 'react';

import { formatMeetingDate, type Meeting } from './meeting-api.js';
import './meeting-masthead.css';

/**
 * The meeting's heading, printed on the sheet the way the official summary will carry it: the
 * document's label (its symbol, with 'Rev.1' once reopened) and date at the top right, the
 * title below. It is not part of the draft.
 */
export function MeetingMasthead({
  meeting,
}: {
  readonly meeting: Meeting | undefined;
}): ReactElement {
  if (meeting === undefined) {
    return (
      <header className="masthead is-loading" aria-busy="true">
        <div className="masthead__meta">
          <span className="skeleton skeleton--short" />
          <span className="skeleton skeleton--short" />
        </div>
        <span className="skeleton skeleton--title" />
      </header>
    );
  }
  return (
    <header className="masthead">
      <div className="masthead__meta">
        <span className={`masthead__kind${meeting.frozen === null ? '' : ' is-frozen'}`}>
          {meeting.frozen === null ? 'Draft summary' : 'Frozen summary'}
        </span>
        <span className="masthead__reference">
          <span className="masthead__symbol" data-testid="document-label">
            {meeting.documentLabel}
          </span>
          <time className="masthead__date" dateTime={meeting.date}>
            {formatMeetingDate(meeting.date)}
          </time>
        </span>
      </div>
      <h1 className="masthead__title">{meeting.title}</h1>
    </header>
  );
}
