import { isRole } from '@rapporteur/domain';
import { useState, type ReactElement } from 'react';

import { Avatar } from '../identity/avatar.js';
import { RoleBadge } from '../people/role-badge.js';
import { characterChange, formatRange, sectionsInBrief, type Clock } from './history-format.js';
import { colourOf, type PeopleIndex } from './history-people.js';
import type { EditEntry, SessionEntry } from './history-types.js';
import { EditEntryRow } from './timeline-entry.js';

/**
 * A session of one person's writing: who, when (from, to), where and an excerpt of what they
 * wrote. Choosing it shows the draft as the session left it; "N edits" opens its edits, each
 * a point of its own.
 */
export function SessionRow({
  session,
  people,
  clock,
  isSelected,
  onChoose,
}: {
  readonly session: SessionEntry;
  readonly people: PeopleIndex;
  readonly clock: Clock;
  readonly isSelected: (entry: { fromRevision: number; toRevision: number }) => boolean;
  readonly onChoose: (entry: EditEntry | SessionEntry) => void;
}): ReactElement {
  const [open, setOpen] = useState(false);
  const author = session.authors[0];
  const name = session.authors.map((person) => person.name).join(', ');
  const size = characterChange(session.inserted, session.deleted);
  const sections = sectionsInBrief(session.sections);
  const selected = isSelected(session);
  return (
    <li className="timeline__item history-session" data-testid="history-session">
      <button
        type="button"
        className={`history-entry${selected ? ' is-selected' : ''}`}
        data-testid="history-session-choose"
        data-revision={session.toRevision}
        aria-pressed={selected}
        onClick={() => {
          onChoose(session);
        }}
      >
        <Avatar
          name={name}
          color={colourOf(people, author?.id ?? '')}
          size="medium"
          className="history-entry__avatar"
        />
        <span className="history-entry__body">
          <span className="history-entry__who">
            <span className="history-entry__name" title={name}>
              {name}
            </span>
            {author !== undefined && isRole(author.role) && <RoleBadge role={author.role} />}
          </span>
          <span className="history-entry__meta">
            <time dateTime={session.endedAt}>
              {formatRange({ start: session.startedAt, end: session.endedAt }, clock)}
            </time>
            <span className="history-entry__size">{size.text}</span>
          </span>
          {session.sections.length > 0 && (
            <span className="history-entry__sections" title={sections.all}>
              {sections.text}
            </span>
          )}
          {session.snippet !== '' && (
            <span className="history-session__snippet" data-testid="history-session-snippet">
              {session.snippet.startsWith('removed “') ? session.snippet : `“${session.snippet}”`}
            </span>
          )}
        </span>
      </button>
      {session.edits.length > 1 && (
        <button
          type="button"
          className="button button--quiet button--small history-session__toggle"
          data-testid="history-session-toggle"
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {open ? 'Hide the edits' : `${session.edits.length} edits`}
        </button>
      )}
      {open && (
        <ol className="history-session__edits" aria-label={`The edits of ${name}'s session`}>
          {session.edits.map((edit) => (
            <EditEntryRow
              key={edit.fromRevision}
              entry={edit}
              people={people}
              clock={clock}
              selected={isSelected(edit)}
              onChoose={() => {
                onChoose(edit);
              }}
            />
          ))}
        </ol>
      )}
    </li>
  );
}
