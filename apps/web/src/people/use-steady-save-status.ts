import { useEffect, useRef, useState } from 'react';

import type { SaveStatus } from './describe-save.js';

/** The shortest time "Saving…" stays up, so that typing does not make the indicator flicker. */
const MIN_SAVING_MS = 700;

/**
 * The save status as shown: the same as the real one, except that "Saving…" stays up for a
 * moment before turning into "Saved". Only ever later, never earlier: the indicator may be
 * slow to say "Saved", but it never says it before the server did.
 */
export function useSteadySaveStatus(status: SaveStatus): SaveStatus {
  const [shown, setShown] = useState(status);
  const savingSince = useRef<number | undefined>(undefined);

  const latest = useRef(status);
  latest.current = status;

  useEffect(() => {
    const current = latest.current;
    if (current.kind === 'saving') {
      savingSince.current ??= performance.now();
      setShown(current);
      return undefined;
    }
    const since = savingSince.current;
    savingSince.current = undefined;
    const wait =
      current.kind === 'saved' && since !== undefined
        ? MIN_SAVING_MS - (performance.now() - since)
        : 0;
    if (wait <= 0) {
      setShown(current);
      return undefined;
    }
    const timer = setTimeout(() => {
      setShown(current);
    }, wait);
    return () => {
      clearTimeout(timer);
    };
    // The words, not the object: callers may build a new, equal status on every render.
  }, [status.kind, status.label, status.detail]);

  return shown;
}
