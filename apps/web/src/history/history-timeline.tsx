import type { ReactElement } from 'react';

import { FormAlert } from '../app/form-alert.js';
import type { Problem } from '../api/http.js';
import type { Clock } from './history-format.js';
import type { PeopleIndex } from './history-people.js';
import type { EditEntry, HistoryItem } from './history-types.js';
import { EditEntryRow, MeetingEventRow } from './timeline-entry.js';
import { itemKey } from './timeline-merge.js';
import './timeline.css';

/**
 * The timeline, newest first: edits by people and, quieter between them, the meeting's own
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
  readonly isSelected: (entry: EditEntry) => boolean;
  readonly onChoose: (entry: EditEntry) => void;
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
          item.kind === 'edit' ? (
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
