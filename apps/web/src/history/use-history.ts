import { useCallback, useState } from 'react';
import type * as Y from 'yjs';

import type { LiveState } from '../live/live-events.js';
import { fetchVersions } from './history-api.js';
import type { Version } from './history-types.js';
import { LIVE, type HistoryView } from './history-view.js';
import { useFetched } from './use-fetched.js';
import { useHistoryTimeline, type TimelineState } from './use-history-timeline.js';

/** The history of one meeting's draft, as the page shares it between the panel and the sheet. */
export interface HistoryState {
  /** Whether the side panel shows the history (its tab is chosen). */
  readonly open: boolean;
  /** Closing the history brings the live draft back in the document's place. */
  readonly setOpen: (open: boolean) => void;
  readonly view: HistoryView;
  readonly show: (view: HistoryView) => void;
  readonly timeline: TimelineState;
  readonly versions: readonly Version[];
  /** After a version was named here: read the versions and the timeline again. */
  readonly versionNamed: () => void;
}

export function useHistory(
  meetingId: string,
  doc: Y.Doc | undefined,
  live: LiveState,
): HistoryState {
  const [open, setOpenState] = useState(false);
  const [view, setView] = useState<HistoryView>(LIVE);
  const [named, setNamed] = useState(0);
  const timeline = useHistoryTimeline(meetingId, { open, doc, live });

  // A version named by someone else moves the meeting's live events, and shows in the timeline
  // (the fallback while those are down): either says when to read the versions again.
  const namedEvents =
    timeline.page?.items.filter((item) => item.kind === 'meeting' && item.type === 'VersionNamed')
      .length ?? 0;
  const versions = useFetched(
    open ? `${live.meeting}:${namedEvents}:${named}` : undefined,
    (signal) => fetchVersions(meetingId, signal),
  );

  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    if (!next) setView(LIVE);
  }, []);
  const { refresh } = timeline;
  const versionNamed = useCallback(() => {
    setNamed((count) => count + 1);
    refresh();
  }, [refresh]);

  return {
    open,
    setOpen,
    view,
    show: setView,
    timeline,
    versions: versions.value ?? [],
    versionNamed,
  };
}
