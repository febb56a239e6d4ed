import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

import type { ApiResult, Problem } from '../api/http.js';
import { useTimeout } from '../app/use-timeout.js';

/** An answer being fetched: the last value, kept on screen while the next one loads. */
export interface Fetched<T> {
  readonly value: T | undefined;
  readonly loading: boolean;
  readonly problem: Problem | undefined;
}

/**
 * Fetches again whenever `key` changes (undefined: fetch nothing), aborting the request of the
 * previous key, so that an answer that arrives late never replaces a newer one.
 */
export function useFetched<T>(
  key: string | undefined,
  load: (signal: AbortSignal) => Promise<ApiResult<T>>,
): Fetched<T> {
  const [state, setState] = useState<Fetched<T>>({
    value: undefined,
    loading: key !== undefined,
    problem: undefined,
  });
  // The loader closes over the key's values; the key alone says when to call it.
  const loader = useRef(load);
  useLayoutEffect(() => {
    loader.current = load;
  });

  useEffect(() => {
    if (key === undefined) return undefined;
    const controller = new AbortController();
    setState((shown) => ({ ...shown, loading: true, problem: undefined }));
    loader.current(controller.signal).then(
      (result) => {
        setState((shown) =>
          result.ok
            ? { value: result.value, loading: false, problem: undefined }
            : { ...shown, loading: false, problem: result.problem },
        );
      },
      () => {
        // Aborted: another key is being fetched.
      },
    );
    return () => {
      controller.abort();
    };
  }, [key]);

  return state;
}

/** `value`, once it has stopped changing for `delay` ms: a slider fetches where it stops. */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  const settle = useCallback(() => {
    setSettled(value);
  }, [value]);
  useTimeout(settle, delay);
  return settled;
}
