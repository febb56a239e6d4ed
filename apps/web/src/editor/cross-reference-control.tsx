import type { Editor } from '@tiptap/react';
import { useCallback, useState, type ReactElement } from 'react';

import { CrossReferencePicker } from './cross-reference-picker.js';
import { ToolbarButton } from './toolbar-button.js';

/** The cross-reference button and, while it is open, the outline to pick a paragraph from. */
export function CrossReferenceControl({ editor }: { readonly editor: Editor }): ReactElement {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => {
    setOpen(false);
  }, []);
  return (
    <div className="toolbar__anchor">
      <ToolbarButton
        label="Refer to a section or paragraph"
        glyph="§"
        glyphClass="toolbar-glyph--reference"
        active={open}
        testId="toolbar-cross-reference"
        onClick={() => {
          setOpen((wasOpen) => !wasOpen);
        }}
      />
      {open && <CrossReferencePicker editor={editor} onClose={close} />}
    </div>
  );
}
