import { useCallback, useState } from 'react';

import type { ApiResult, Problem } from '../api/http.js';

/** A card's step in flight: busy while it runs, the server's sentence when it is refused. */
export function useCardAction(onDone: () => void): {
  readonly busy: boolean;
  readonly problem: Problem | undefined;
  readonly run: (step: () => Promise<ApiResult<unknown>>) => Promise<boolean>;
} {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const run = useCallback(
    async (step: () => Promise<ApiResult<unknown>>) => {
      setBusy(true);
      setProblem(undefined);
      const result = await step();
      setBusy(false);
      if (result.ok) onDone();
      else setProblem(result.problem);
      return result.ok;
    },
    [onDone],
  );
  return { busy, problem, run };
}
