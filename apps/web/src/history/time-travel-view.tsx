import { useEffect, useRef, type ReactElement, type ReactNode, type RefObject } from 'react';

import { fetchDraftAt } from './history-api.js';
import { HistoryBanner, HistorySheet, SheetMessage } from './history-banner.js';
import type { HistoryItem } from './history-types.js';
import { LIVE, LIVE_DRAFT, type HistoryView } from './history-view.js';
import { revisionCaption } from './revision-caption.js';
import { RevisionSlider } from './revision-slider.js';
import { entryAt } from './timeline-merge.js';
import { useDebounced, useFetched } from './use-fetched.js';

/** How long the slider rests before the draft at its revision is fetched. */
const SLIDER_SETTLE_MS = 250;

/** Brings the section an entry touched first into view, once, when its text has arrived. */
function useFocusSection(
  body: RefObject<HTMLDivElement | null>,
  target: { readonly html: string | undefined; readonly focus: string | undefined },
): void {
  const done = useRef<string>(undefined);
  const { html, focus } = target;
  useEffect(() => {
    if (html === undefined || focus === undefined || done.current === `${focus}${html.length}`)
      return;
    done.current = `${focus}${html.length}`;
    const number = [...(body.current?.querySelectorAll('.paragraph-number') ?? [])].find(
      (element) => element.textContent.trim() === focus,
    );
    const block = number?.closest('.numbered-paragraph');
    if (!(block instanceof HTMLElement)) return;
    block.scrollIntoView({ block: 'center' });
    block.classList.add('is-focused');
  }, [body, html, focus]);
}

/**
 * The draft as it was at a revision, read-only, in place of the live editor: a banner saying
 * which revision, when and whose, a slider across every revision, and the way back.
 */
export function TimeTravelView({
  meetingId,
  view,
  context,
  onShow,
}: {
  readonly meetingId: string;
  readonly view: Extract<HistoryView, { kind: 'revision' }>;
  readonly context: {
    readonly items: readonly HistoryItem[];
    /** The head as the timeline last read it, until the draft's answer says. */
    readonly head: number | undefined;
    readonly masthead: ReactNode;
  };
  readonly onShow: (view: HistoryView) => void;
}): ReactElement {
  const { revision, focus } = view;
  const settled = useDebounced(revision, SLIDER_SETTLE_MS);
  const draft = useFetched(String(settled), (signal) => fetchDraftAt(meetingId, settled, signal));
  const body = useRef<HTMLDivElement>(null);
  const shown = draft.value?.revision === revision ? draft.value : undefined;
  useFocusSection(body, { html: shown?.html, focus });

  const head = draft.value?.head ?? context.head;
  const entry = entryAt(context.items, revision);
  const caption = revisionCaption(revision, { head, entry, clock: { now: new Date() } });
  const at = { value: String(revision), label: `revision ${revision}` };
  const before = entry !== undefined && entry.toRevision === revision ? entry.fromRevision - 1 : -1;

  const banner = (
    <HistoryBanner
      icon="past"
      title={caption.title}
      detail={caption.detail}
      onBack={() => {
        onShow(LIVE);
      }}
    >
      <RevisionSlider
        revision={revision}
        head={Math.max(head ?? revision, revision)}
        onChange={(next) => {
          onShow({ kind: 'revision', revision: next });
        }}
      />
      <div className="history-banner__more">
        {before >= 0 && (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              const from = { value: String(before), label: `revision ${before}` };
              onShow({ kind: 'compare', from, to: at });
            }}
          >
            Show this edit
          </button>
        )}
        <button
          type="button"
          className="button button--quiet button--small"
          data-testid="compare-with-now"
          onClick={() => {
            onShow({ kind: 'compare', from: at, to: LIVE_DRAFT });
          }}
        >
          Compare with now
        </button>
      </div>
    </HistoryBanner>
  );

  const html = draft.value?.html;
  return (
    <HistorySheet
      testId="time-travel-view"
      banner={banner}
      busy={draft.loading || settled !== revision}
    >
      {context.masthead}
      {draft.problem !== undefined ? (
        <SheetMessage title="This revision could not be shown" detail={draft.problem.detail} />
      ) : html === undefined ? (
        <SheetMessage title="Opening the draft as it was…" />
      ) : (
        <div className="sheet__body">
          {/* The server renders this HTML from the document schema (every text escaped), the
              same renderer as the exports: no HTML a client typed reaches this page as markup. */}
          <div
            ref={body}
            className="draft history-document"
            data-revision={draft.value?.revision}
            dangerouslySetInnerHTML={{ __html: html }}
          />
        </div>
      )}
    </HistorySheet>
  );
}
