import type { ReactElement, ReactNode } from 'react';

import { AuthoredBlockView } from './authored-text.js';
import { authorShares, percentOf, type AuthorShare } from './authorship.js';
import { fetchAuthors } from './history-api.js';
import { HistoryBanner, HistorySheet, SheetMessage } from './history-banner.js';
import { colourOf, indexPeople, nameOf, type PeopleIndex } from './history-people.js';
import type { HistoryPerson } from './history-types.js';
import { LIVE, type HistoryView } from './history-view.js';
import { useFetched } from './use-fetched.js';

/** Who wrote how much of the text, in their colours; text nobody is known to have written last. */
function AuthorsLegend({
  shares,
  people,
}: {
  readonly shares: readonly AuthorShare[];
  readonly people: PeopleIndex;
}): ReactElement {
  const whole = shares.reduce((sum, share) => sum + share.characters, 0);
  return (
    <ul className="authors-legend" aria-label="Who wrote the text">
      {shares.map(({ author, characters }) => (
        <li key={author ?? ''} className="authors-legend__person">
          <span
            className={`authors-legend__swatch${author === null ? ' is-unknown' : ''}`}
            style={author === null ? undefined : { backgroundColor: colourOf(people, author) }}
            aria-hidden="true"
          />
          <span className="authors-legend__name">
            {author === null ? 'Imported or unattributed' : nameOf(people, author)}
          </span>
          <span className="authors-legend__share">{percentOf(characters, whole)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The live draft's text with every run tinted in its writer's colour, read-only, with a legend.
 * It follows the draft: `revision` (the timeline's latest) changing reads it again.
 */
export function AuthorsView({
  meetingId,
  revision,
  known,
  masthead,
  onShow,
}: {
  readonly meetingId: string;
  readonly revision: number | undefined;
  /** Everyone the timeline names: their colours are the same here as there. */
  readonly known: readonly HistoryPerson[];
  readonly masthead: ReactNode;
  readonly onShow: (view: HistoryView) => void;
}): ReactElement {
  const authors = useFetched(`authors:${revision ?? ''}`, (signal) =>
    fetchAuthors(meetingId, signal),
  );
  const value = authors.value;
  const people = indexPeople(known, value?.people ?? []);
  const shares = authorShares(value?.blocks ?? []);
  let detail = 'who wrote the live draft';
  if (value !== undefined)
    detail =
      shares.length === 0 ? 'nothing is written yet' : `${detail}, revision ${value.revision}`;
  const banner = (
    <HistoryBanner
      icon="authors"
      title="Colour by author"
      detail={detail}
      onBack={() => {
        onShow(LIVE);
      }}
    >
      {shares.length > 0 && <AuthorsLegend shares={shares} people={people} />}
    </HistoryBanner>
  );
  let body: ReactElement;
  if (value === undefined)
    body =
      authors.problem === undefined ? (
        <SheetMessage title="Reading who wrote what…" />
      ) : (
        <SheetMessage title="Who wrote what could not be read" detail={authors.problem.detail} />
      );
  else if (shares.length === 0)
    body = (
      <SheetMessage
        title="Nothing is written yet"
        detail="The text appears here in its writers' colours as soon as someone writes."
      />
    );
  else
    body = (
      <div className="sheet__body">
        <div className="draft authors-document">
          {value.blocks.map((block, index) => (
            <AuthoredBlockView key={index} block={block} people={people} />
          ))}
        </div>
      </div>
    );
  return (
    <HistorySheet
      testId="authors-view"
      banner={banner}
      busy={authors.loading && value === undefined}
    >
      {masthead}
      {body}
    </HistorySheet>
  );
}
