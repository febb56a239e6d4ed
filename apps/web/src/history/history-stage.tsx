import { useEffect, useLayoutEffect, useRef, type ReactElement, type ReactNode } from 'react';

import { AuthorsView } from './authors-view.js';
import { CompareView } from './compare-view.js';
import { LIVE, type HistoryView } from './history-view.js';
import { TimeTravelView } from './time-travel-view.js';
import type { HistoryState } from './use-history.js';
import './history-views.css';

/**
 * Where the page keeps its place across views: leaving the live draft remembers how far down
 * it was read and starts the other view at its top; coming back returns there.
 */
function useScrollAcrossViews(kind: HistoryView['kind']): void {
  const liveScroll = useRef(0);
  const previous = useRef(kind);
  useLayoutEffect(() => {
    if (previous.current === kind) return;
    if (previous.current === 'live') liveScroll.current = window.scrollY;
    window.scrollTo({ top: kind === 'live' ? liveScroll.current : 0 });
    previous.current = kind;
  }, [kind]);
}

/**
 * The document's place on the page: the live draft (`children`, the editor), or a view of its
 * past. The editor stays mounted underneath, hidden, so that the collaboration session and
 * everything typed in it carry on while someone looks back.
 */
export function HistoryStage({
  meetingId,
  history,
  masthead,
  children,
}: {
  readonly meetingId: string;
  readonly history: HistoryState;
  readonly masthead: ReactNode;
  readonly children: ReactNode;
}): ReactElement {
  const { view, show, timeline } = history;
  useScrollAcrossViews(view.kind);

  useEffect(() => {
    if (view.kind === 'live') return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && !event.defaultPrevented) show(LIVE);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [view.kind, show]);

  const head = timeline.page?.revision;
  const known = timeline.page?.people ?? [];
  return (
    <>
      <div className="history-stage__live" hidden={view.kind !== 'live'}>
        {children}
      </div>
      {view.kind === 'revision' && (
        <TimeTravelView
          meetingId={meetingId}
          view={view}
          context={{ items: timeline.page?.items ?? [], head, masthead }}
          onShow={show}
        />
      )}
      {view.kind === 'compare' && (
        <CompareView
          key={`${view.from.value}\n${view.to.value}`}
          meetingId={meetingId}
          from={view.from}
          to={view.to}
          known={known}
          onShow={show}
        />
      )}
      {view.kind === 'authors' && (
        <AuthorsView
          meetingId={meetingId}
          revision={head}
          known={known}
          masthead={masthead}
          onShow={show}
        />
      )}
    </>
  );
}
