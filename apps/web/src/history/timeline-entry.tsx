import { isRole } from '@rapporteur/domain';
import type { ReactElement } from 'react';

import { Avatar } from '../identity/avatar.js';
import { RoleBadge } from '../people/role-badge.js';
import {
  characterChange,
  formatMoment,
  formatRange,
  sectionsInBrief,
  type Clock,
} from './history-format.js';
import { colourOf, nameOf, type PeopleIndex } from './history-people.js';
import type { EditEntry, MeetingItem } from './history-types.js';

/**
 * A burst of edits by one person: who (in their colour, with their role), when, how much and
 * where. Choosing it shows the draft as they left it.
 */
export function EditEntryRow({
  entry,
  people,
  clock,
  selected,
  onChoose,
}: {
  readonly entry: EditEntry;
  readonly people: PeopleIndex;
  readonly clock: Clock;
  readonly selected: boolean;
  readonly onChoose: () => void;
}): ReactElement {
  const size = characterChange(entry.inserted, entry.deleted);
  const sections = sectionsInBrief(entry.sections);
  return (
    <li className="timeline__item">
      <button
        type="button"
        className={`history-entry${selected ? ' is-selected' : ''}`}
        data-testid="history-entry"
        data-actor={entry.actor}
        data-revision={entry.toRevision}
        aria-pressed={selected}
        onClick={onChoose}
      >
        <Avatar
          name={entry.name}
          color={colourOf(people, entry.actor)}
          size="medium"
          className="history-entry__avatar"
        />
        <span className="history-entry__body">
          <span className="history-entry__who">
            <span className="history-entry__name" title={entry.name}>
              {entry.name}
            </span>
            {isRole(entry.role) && <RoleBadge role={entry.role} />}
          </span>
          <span className="history-entry__meta">
            <time dateTime={entry.endedAt}>
              {formatRange({ start: entry.startedAt, end: entry.endedAt }, clock)}
            </time>
            <span className="history-entry__size" aria-label={size.text}>
              {size.inserted !== undefined && (
                <span className="history-entry__inserted">{size.inserted}</span>
              )}
              {size.deleted !== undefined && (
                <span className="history-entry__deleted">{size.deleted}</span>
              )}
              {size.inserted === undefined && size.deleted === undefined ? size.text : null}
            </span>
          </span>
          {entry.sections.length > 0 && (
            <span className="history-entry__sections" title={sections.all}>
              {sections.text}
            </span>
          )}
        </span>
      </button>
    </li>
  );
}

/** A step of the meeting between the edits, quieter: "Demo Chair named version “A”". */
export function MeetingEventRow({
  item,
  people,
  clock,
}: {
  readonly item: MeetingItem;
  readonly people: PeopleIndex;
  readonly clock: Clock;
}): ReactElement {
  const who = item.actor.startsWith('system:') ? 'Rapporteur' : nameOf(people, item.actor);
  return (
    <li className="timeline__item history-event" data-testid="history-event" data-type={item.type}>
      <span className="history-event__dot" aria-hidden="true" />
      <span className="history-event__body">
        <span className="history-event__text">
          <span className="history-event__who">{who}</span> {item.summary}
        </span>
        <time className="history-event__time" dateTime={item.at}>
          {formatMoment(item.at, clock)}
        </time>
      </span>
    </li>
  );
}
