import { useCallback, useEffect, useState, type ReactElement } from 'react';

import { useTimeout } from '../app/use-timeout.js';
import type { NameOf } from '../meeting/participant-names.js';
import type { MeetingEventMessage } from './live-events.js';
import './live-toasts.css';

/** How long a toast stays; long enough to read a sentence twice. */
const TOAST_MS = 7000;
/** More at once would cover the page; the oldest go first. */
const MAX_TOASTS = 3;

function LiveToast({
  event,
  who,
  onDismiss,
}: {
  readonly event: MeetingEventMessage;
  readonly who: string;
  readonly onDismiss: (revision: number) => void;
}): ReactElement {
  const { revision } = event;
  const dismiss = useCallback(() => {
    onDismiss(revision);
  }, [revision, onDismiss]);
  // Each toast keeps its own time, so that news arriving meanwhile does not keep it up.
  useTimeout(dismiss, TOAST_MS);
  return (
    <p className="live-toast" data-testid="live-toast">
      <strong className="live-toast__who">{who}</strong> {event.summary}
      <button type="button" className="live-toast__close" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </p>
  );
}

// The toast's sentence starts with the name: "A former participant …" when nobody answers for it.
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What the others just did to the meeting, as small notes in the corner: "Demo Chair froze the
 * draft at version “Final”". Your own steps are not repeated back to you.
 */
export function LiveToasts({
  latest,
  you,
  nameOf,
}: {
  readonly latest: readonly MeetingEventMessage[];
  readonly you: string;
  readonly nameOf: NameOf;
}): ReactElement {
  const [shown, setShown] = useState<readonly MeetingEventMessage[]>([]);

  useEffect(() => {
    const news = latest.filter((event) => event.actor !== you);
    if (news.length > 0) setShown((current) => [...current, ...news].slice(-MAX_TOASTS));
  }, [latest, you]);

  const dismiss = useCallback((revision: number) => {
    setShown((current) => current.filter((event) => event.revision !== revision));
  }, []);

  return (
    <div className="live-toasts" aria-live="polite" aria-relevant="additions">
      {shown.map((event) => (
        <LiveToast
          key={event.revision}
          event={event}
          who={capitalised(nameOf(event.actor))}
          onDismiss={dismiss}
        />
      ))}
    </div>
  );
}
