import type { ReactElement } from 'react';

import { FormAlert } from '../app/form-alert.js';
import type { Problem } from '../api/http.js';
import type { Clock } from './history-format.js';
import type { PeopleIndex } from './history-people.js';
import type { EditEntry, HistoryItem, SessionEntry } from './history-types.js';
import { SessionRow } from './session-entry.js';
import { EditEntryRow, MeetingEventRow } from './timeline-entry.js';
import { itemKey } from './timeline-merge.js';
import './timeline.css';

/**
 * The timeline, newest first: sessions of writing (each opening to its edits) and, quieter between them, the meeting's own
 * steps. "Load more" reads the next page.
 */
export function HistoryTimeline({
  items,
  people,
  clock,
  isSelected,
  onChoose,
  more,
}: {
  readonly items: readonly HistoryItem[];
  readonly people: PeopleIndex;
  readonly clock: Clock;
  readonly isSelected: (entry: { fromRevision: number; toRevision: number }) => boolean;
  readonly onChoose: (entry: EditEntry | SessionEntry) => void;
  readonly more: {
    readonly available: boolean;
    readonly loading: boolean;
    readonly problem: Problem | undefined;
    readonly load: () => void;
  };
}): ReactElement {
  return (
    <>
      <ol className="row-list timeline" aria-label="Edits and meeting events, newest first">
        {items.map((item) =>
          item.kind === 'session' ? (
            <SessionRow
              key={itemKey(item)}
              session={item}
              people={people}
              clock={clock}
              isSelected={isSelected}
              onChoose={onChoose}
            />
          ) : item.kind === 'edit' ? (
            <EditEntryRow
              key={itemKey(item)}
              entry={item}
              people={people}
              clock={clock}
              selected={isSelected(item)}
              onChoose={() => {
                onChoose(item);
              }}
            />
          ) : (
            <MeetingEventRow key={itemKey(item)} item={item} people={people} clock={clock} />
          ),
        )}
      </ol>
      {more.problem !== undefined && (
        <div className="timeline__problem">
          <FormAlert>{more.problem.detail}</FormAlert>
        </div>
      )}
      {more.available && (
        <button
          type="button"
          className="button button--quiet button--small timeline__more"
          data-testid="history-load-more"
          disabled={more.loading}
          onClick={more.load}
        >
          {more.loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </>
  );
}
