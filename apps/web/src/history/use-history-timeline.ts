import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';

import type { Problem } from '../api/http.js';
import type { LiveState } from '../live/live-events.js';
import { useThrottled } from '../live/use-throttled.js';
import { fetchHistory } from './history-api.js';
import type { HistoryPage } from './history-types.js';
import { appendPage, mergeTimeline } from './timeline-merge.js';

/** With the live events open: at most one refresh this often, however fast the draft moves. */
const LIVE_REFRESH_MS = 1000;
/** Without them (the stream is down), how often the open panel looks for news itself. */
const TICK_MS = 3000;
/** Without any change seen in the draft, a refresh every so many ticks still brings the
 * meeting's own events (an invitation, a version named elsewhere). */
const QUIET_TICKS = 6;
/** A change seen in the draft refreshes on this many ticks: the server may store the last
 * keystrokes only after the first refresh has read the timeline. */
const TICKS_AFTER_CHANGE = 2;

export interface TimelineState {
  /** What has been read: the pages loaded so far, with the latest people and activity. */
  readonly page: HistoryPage | undefined;
  /** Why the timeline could not be read (the last attempt). */
  readonly problem: Problem | undefined;
  readonly loadingMore: boolean;
  /** Why the next page could not be read. */
  readonly moreProblem: Problem | undefined;
  readonly loadMore: () => void;
  readonly refresh: () => void;
}

/**
 * The timeline while the panel is open: read when it opens, and again whenever the live events
 * say the draft or the meeting moved. While they are down, it polls instead, a few seconds
 * after this browser sees the draft change. Pages read with "Load more" stay.
 */
export function useHistoryTimeline(
  meetingId: string,
  watch: { readonly open: boolean; readonly doc: Y.Doc | undefined; readonly live: LiveState },
): TimelineState {
  const { open, doc, live } = watch;
  const listening = live.connection === 'open';
  const news = useThrottled(
    listening ? `${live.meeting}:${live.draft?.revision ?? -1}` : 'polling',
    LIVE_REFRESH_MS,
  );
  const [page, setPage] = useState<HistoryPage>();
  const [problem, setProblem] = useState<Problem>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreProblem, setMoreProblem] = useState<Problem>();
  const [generation, setGeneration] = useState(0);
  // Aborts a "Load more" still on its way when the page goes.
  const mounted = useRef<AbortController>(undefined);

  // Read again on `generation` (a refresh asked for, or the fallback poll) and on `news`.
  useEffect(() => {
    if (!open) return undefined;
    const controller = new AbortController();
    fetchHistory(meetingId, {}, controller.signal).then(
      (result) => {
        if (!result.ok) {
          setProblem(result.problem);
          return;
        }
        setProblem(undefined);
        const fresh = result.value;
        setPage((loaded) =>
          loaded === undefined ? fresh : { ...fresh, ...mergeTimeline(loaded, fresh) },
        );
      },
      () => {
        // Aborted: closed, or a newer refresh started.
      },
    );
    return () => {
      controller.abort();
    };
  }, [meetingId, open, generation, news]);

  useEffect(() => {
    if (!open || listening) return undefined;
    let changedTicks = 0;
    let quietTicks = 0;
    const onUpdate = (): void => {
      changedTicks = TICKS_AFTER_CHANGE;
    };
    doc?.on('update', onUpdate);
    const timer = setInterval(() => {
      quietTicks += 1;
      if (changedTicks === 0 && quietTicks < QUIET_TICKS) return;
      changedTicks = Math.max(0, changedTicks - 1);
      quietTicks = 0;
      setGeneration((next) => next + 1);
    }, TICK_MS);
    return () => {
      clearInterval(timer);
      doc?.off('update', onUpdate);
    };
  }, [open, doc, listening]);

  useEffect(() => {
    const controller = new AbortController();
    mounted.current = controller;
    return () => {
      controller.abort();
    };
  }, []);

  const cursor = page?.nextCursor ?? null;
  const loadMore = useCallback(() => {
    const signal = mounted.current?.signal;
    if (cursor === null || loadingMore || signal === undefined) return;
    setLoadingMore(true);
    setMoreProblem(undefined);
    fetchHistory(meetingId, { cursor }, signal).then(
      (result) => {
        setLoadingMore(false);
        if (!result.ok) {
          setMoreProblem(result.problem);
          return;
        }
        setPage((loaded) =>
          loaded === undefined ? result.value : { ...loaded, ...appendPage(loaded, result.value) },
        );
      },
      () => {
        // Aborted: the page is gone.
      },
    );
  }, [meetingId, cursor, loadingMore]);

  const refresh = useCallback(() => {
    setGeneration((next) => next + 1);
  }, []);

  return { page, problem, loadingMore, moreProblem, loadMore, refresh };
}
