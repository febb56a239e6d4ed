import { useCallback, useState } from 'react';

import type { HistoryState } from '../history/use-history.js';
import type { SideTab } from '../people/side-panel.js';

/**
 * Which tab of the side panel is shown. The History tab is the history's own `open` (opening it
 * swaps the document's place for the history's views, closing it brings the live draft back);
 * the others are the page's.
 */
export function useSideTab(
  history: Pick<HistoryState, 'open' | 'setOpen'>,
): readonly [SideTab, (tab: SideTab) => void] {
  const [other, setOther] = useState<Exclude<SideTab, 'history'>>('people');
  const { setOpen } = history;
  const select = useCallback(
    (tab: SideTab) => {
      setOpen(tab === 'history');
      if (tab !== 'history') setOther(tab);
    },
    [setOpen],
  );
  return [history.open ? 'history' : other, select] as const;
}
