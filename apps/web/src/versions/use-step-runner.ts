import { useCallback, useEffect, useRef, useState } from 'react';

import type { ApiResult, Problem } from '../api/http.js';

/** A request a button starts: which one is on its way, and why the last one was refused. */
export interface StepRunner<K extends string> {
  readonly busy: K | undefined;
  readonly problem: { readonly step: K; readonly problem: Problem } | undefined;
  /** Starts `step` unless one is on its way; `done` runs with the answer once it succeeded. */
  readonly run: <T>(
    step: K,
    request: () => Promise<ApiResult<T>>,
    done?: (value: T) => void,
  ) => void;
  readonly clear: () => void;
}

/**
 * Runs one request at a time for a card or a form and remembers the refusal, so that the
 * server's sentence (its problem's `detail`) is shown beside the button that asked.
 */
export function useStepRunner<K extends string>(): StepRunner<K> {
  const [busy, setBusy] = useState<K>();
  const [problem, setProblem] = useState<StepRunner<K>['problem']>();
  const running = useRef(false);
  // An answer that arrives after the card is gone changes nothing.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback<StepRunner<K>['run']>((step, request, done) => {
    if (running.current) return;
    running.current = true;
    setBusy(step);
    setProblem(undefined);
    void request().then((result) => {
      running.current = false;
      if (!mounted.current) return;
      setBusy(undefined);
      if (result.ok) done?.(result.value);
      else setProblem({ step, problem: result.problem });
    });
  }, []);
  const clear = useCallback(() => {
    setProblem(undefined);
  }, []);
  return { busy, problem, run, clear };
}
