import type { Editor } from '@tiptap/react';
import { useCallback, useState, type ReactElement } from 'react';

import { LinkPopover } from './link-popover.js';
import { ToolbarButton } from './toolbar-button.js';

interface LinkControlProps {
  readonly editor: Editor;
  /** Whether the cursor is in a link now. */
  readonly active: boolean;
}

/** The link button and, while it is open, the link editor under it. */
export function LinkControl({ editor, active }: LinkControlProps): ReactElement {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => {
    setOpen(false);
  }, []);
  return (
    <div className="toolbar__anchor">
      <ToolbarButton
        label="Link"
        icon="link"
        active={active || open}
        onClick={() => {
          setOpen((wasOpen) => !wasOpen);
        }}
      />
      {open && <LinkPopover editor={editor} onClose={close} />}
    </div>
  );
}
