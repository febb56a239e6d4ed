import { useState, type ReactElement } from 'react';

import { CompareSummaryCard } from './compare-summary-card.js';
import { fetchDiff } from './history-api.js';
import { HistoryBanner, HistorySheet, SheetMessage } from './history-banner.js';
import type { HistoryPerson } from './history-types.js';
import { LIVE, type DraftPoint, type HistoryView } from './history-view.js';
import { useFetched } from './use-fetched.js';
import './compare-view.css';

/**
 * Two points of the draft compared, in the document's place: the summary by section first,
 * then the text with insertions underlined in green and deletions struck through in red.
 * Only the changed blocks show unless the reader asks for the whole text.
 */
export function CompareView({
  meetingId,
  from,
  to,
  known,
  onShow,
}: {
  readonly meetingId: string;
  readonly from: DraftPoint;
  readonly to: DraftPoint;
  readonly known: readonly HistoryPerson[];
  readonly onShow: (view: HistoryView) => void;
}): ReactElement {
  const [wholeText, setWholeText] = useState(false);
  const result = useFetched(`${from.value}\n${to.value}`, (signal) =>
    fetchDiff(meetingId, { from: from.value, to: to.value }, signal),
  );
  const banner = (
    <HistoryBanner
      icon="compare"
      title={`Comparing ${from.label} with ${to.label}`}
      detail="insertions underlined, deletions struck through"
      onBack={() => {
        onShow(LIVE);
      }}
    />
  );
  const diff = result.value;
  return (
    <HistorySheet testId="compare-view" banner={banner} busy={result.loading}>
      {result.problem !== undefined ? (
        <SheetMessage
          title="These two points could not be compared"
          detail={result.problem.detail}
        />
      ) : diff === undefined ? (
        <SheetMessage title="Comparing…" />
      ) : (
        <>
          <CompareSummaryCard
            result={diff}
            known={known}
            wholeText={wholeText}
            onWholeText={setWholeText}
          />
          <div className="sheet__body">
            {/* The server renders the diff from the two documents and escapes every text in it:
                the only markup is its own (blocks, <ins>, <del>, notes). */}
            <div
              className={`draft diff-document${wholeText ? '' : ' is-changes-only'}`}
              dangerouslySetInnerHTML={{ __html: diff.html }}
            />
          </div>
        </>
      )}
    </HistorySheet>
  );
}
