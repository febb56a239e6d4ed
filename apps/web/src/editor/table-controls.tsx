import type { ReactElement } from 'react';

import { ToolbarButton } from './toolbar-button.js';
import { ToolbarGroup, type ChainRunner } from './toolbar-group.js';

/** Shown while the cursor is in a table: grow it, or remove it. */
export function TableControls({ run }: { readonly run: ChainRunner }): ReactElement {
  return (
    <ToolbarGroup label="Table">
      <ToolbarButton
        label="Add row below"
        icon="rowAdd"
        onClick={run((chain) => chain.addRowAfter())}
      />
      <ToolbarButton
        label="Add column to the right"
        icon="columnAdd"
        onClick={run((chain) => chain.addColumnAfter())}
      />
      <ToolbarButton
        label="Delete table"
        icon="tableDelete"
        onClick={run((chain) => chain.deleteTable())}
      />
    </ToolbarGroup>
  );
}
