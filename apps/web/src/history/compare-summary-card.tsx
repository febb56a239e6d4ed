import { useState, type ReactElement } from 'react';

import { compareHeadline, describeSections } from './compare-summary.js';
import { colourOf, indexPeople, type PeopleIndex } from './history-people.js';
import type { DraftDiff, HistoryPerson } from './history-types.js';

/** Past this many sections, the rest wait behind "Show all". */
const FIRST_LINES = 8;

function Names({
  authors,
  people,
}: {
  readonly authors: readonly { readonly id: string; readonly name: string }[];
  readonly people: PeopleIndex;
}): ReactElement {
  return (
    <>
      {authors.map((author, index) => (
        <span key={author.id}>
          {index === 0 ? ' by ' : index === authors.length - 1 ? ' and ' : ', '}
          <span className="person-name">
            <span
              className="person-name__dot"
              style={{ backgroundColor: colourOf(people, author.id) }}
              aria-hidden="true"
            />
            {author.name}
          </span>
        </span>
      ))}
    </>
  );
}

/**
 * What changed between the two points before the text itself: how much, then each section with
 * what happened to it and who did it ("§8.4.3 changed by Demo Secretariat").
 */
export function CompareSummaryCard({
  result,
  known,
  wholeText,
  onWholeText,
}: {
  readonly result: DraftDiff;
  /** Everyone the timeline names: their colours are the same here as there. */
  readonly known: readonly HistoryPerson[];
  readonly wholeText: boolean;
  readonly onWholeText: (whole: boolean) => void;
}): ReactElement {
  const [expanded, setExpanded] = useState(false);
  const people = indexPeople(known, result.people);
  const lines = describeSections(result.diff.sections, people);
  const shown = expanded ? lines : lines.slice(0, FIRST_LINES);
  return (
    <section
      className="compare-summary"
      data-testid="compare-summary"
      aria-label="Summary of the changes"
    >
      <div className="compare-summary__head">
        <div>
          <h2 className="compare-summary__headline">{compareHeadline(result.diff)}</h2>
          <p className="compare-summary__range">
            From revision {result.from} to revision {result.to}
          </p>
        </div>
        {lines.length > 0 && (
          <label className="compare-summary__whole">
            <input
              type="checkbox"
              checked={wholeText}
              onChange={(event) => {
                onWholeText(event.target.checked);
              }}
            />
            Show the unchanged text
          </label>
        )}
      </div>
      {lines.length > 0 && (
        <ul className="compare-summary__list">
          {shown.map((line, index) => (
            <li key={`${line.place}-${index}`} className="compare-summary__line">
              <span className="compare-summary__place">{line.place}</span>
              <span className="compare-summary__what">
                {line.previously !== undefined && (
                  <span className="compare-summary__previously">
                    previously {line.previously},{' '}
                  </span>
                )}
                <span className={`compare-summary__action is-${line.action.split(' ')[0] ?? ''}`}>
                  {line.action}
                </span>
                <Names authors={line.authors} people={people} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {lines.length > FIRST_LINES && (
        <button
          type="button"
          className="button button--quiet button--small compare-summary__all"
          onClick={() => {
            setExpanded(!expanded);
          }}
        >
          {expanded ? 'Show fewer sections' : `Show all ${lines.length} sections`}
        </button>
      )}
    </section>
  );
}
