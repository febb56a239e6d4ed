import type { Editor } from '@tiptap/react';
import { useCallback, useState, type ReactElement } from 'react';

import { FootnotePopover, selectedFootnote } from './footnote-popover.js';
import { ToolbarButton } from './toolbar-button.js';
import { useFootnotePress } from './use-footnote-press.js';

interface FootnoteControlProps {
  readonly editor: Editor;
  /** Whether a footnote is selected now (a click on its number selects it). */
  readonly active: boolean;
}

/**
 * The footnote button and its editor. A click on a footnote's number selects it and opens the
 * editor on its text; the button inserts a new one at the cursor.
 */
export function FootnoteControl({ editor, active }: FootnoteControlProps): ReactElement {
  const [open, setOpen] = useState(false);
  // Closed by hand while a footnote is still selected: stays closed until another is selected.
  const [dismissed, setDismissed] = useState<number | undefined>(undefined);
  const selectedAt = active ? editor.state.selection.from : undefined;
  const shown = open || (selectedAt !== undefined && dismissed !== selectedAt);
  const close = useCallback(() => {
    setOpen(false);
    setDismissed(selectedFootnote(editor) ? editor.state.selection.from : undefined);
  }, [editor]);
  // A press on a footnote's number asks for its editor again, even for the note whose editor
  // was just closed (its selection, and so `selectedAt`, may not have changed in between).
  const reopen = useCallback(() => {
    setDismissed(undefined);
  }, []);
  useFootnotePress(editor, reopen);
  return (
    <div className="toolbar__anchor">
      <ToolbarButton
        label="Footnote"
        glyph={
          <>
            a<sup>1</sup>
          </>
        }
        glyphClass="toolbar-glyph--footnote"
        active={shown}
        testId="toolbar-footnote"
        onClick={() => {
          setOpen((wasOpen) => !wasOpen);
        }}
      />
      {shown && <FootnotePopover key={selectedAt ?? 'new'} editor={editor} onClose={close} />}
    </div>
  );
}
