import { FOOTNOTE, MAX_FOOTNOTE_LENGTH } from '@rapporteur/editor-schema';
import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState, type ReactElement, type SubmitEvent } from 'react';

interface FootnotePopoverProps {
  readonly editor: Editor;
  readonly onClose: () => void;
}

/**
 * The footnote a click selected, if any. Read from the selection itself: Tiptap's isActive
 * does not report an inline atom under a node selection.
 */
export function selectedFootnote(editor: Editor): { readonly text: string } | undefined {
  const { node } = editor.state.selection as {
    node?: { type: { name: string }; attrs: Record<string, unknown> };
  };
  if (node?.type.name !== FOOTNOTE) return undefined;
  const text = node.attrs['text'];
  return { text: typeof text === 'string' ? text : '' };
}

/**
 * The footnote editor under the toolbar's footnote button: changes the text of the selected
 * footnote (a click on a reference selects it), or inserts a new footnote at the cursor.
 * The note is plain text (decision 43); its number is computed, never typed.
 */
export function FootnotePopover({ editor, onClose }: FootnotePopoverProps): ReactElement {
  const selected = selectedFootnote(editor);
  const editing = selected !== undefined;
  const [text, setText] = useState(selected?.text ?? '');
  const input = useRef<HTMLTextAreaElement>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    // Opened by a click on a note's number, the popover mounts while that click's mousedown is
    // still being dispatched: the same event then reaches the listener below, and the browser
    // then focuses the editor it was pressed in. So events from before the opening are not
    // "outside clicks", and the text is focused again once the event is over.
    const openedAt = performance.now();
    const focus = (): void => {
      input.current?.focus();
      input.current?.select();
    };
    focus();
    const refocus = window.setTimeout(focus, 0);
    const closeOnOutsideClick = (event: MouseEvent): void => {
      if (event.timeStamp <= openedAt) return;
      if (event.target instanceof Node && form.current?.contains(event.target) !== true) onClose();
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => {
      window.clearTimeout(refocus);
      document.removeEventListener('mousedown', closeOnOutsideClick);
    };
  }, [onClose]);

  const note = text.replace(/\s+/g, ' ').trim();
  const apply = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (note === '') return;
    const chain = editor.chain().focus();
    if (editing) chain.updateAttributes(FOOTNOTE, { text: note }).run();
    else {
      chain.insertContent({ type: FOOTNOTE, attrs: { text: note } }).run();
      // Typing goes on after the new note, and its editor does not open again on it.
      const { to } = editor.state.selection;
      editor.commands.setTextSelection(to);
    }
    onClose();
  };
  const remove = (): void => {
    editor.chain().focus().deleteSelection().run();
    onClose();
  };

  return (
    <form
      ref={form}
      className="link-popover footnote-popover"
      aria-label={editing ? 'Edit footnote' : 'Insert footnote'}
      onSubmit={apply}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          form.current?.requestSubmit();
        }
        if (event.key !== 'Escape') return;
        event.preventDefault();
        editor.commands.focus();
        onClose();
      }}
    >
      <label className="link-popover__label" htmlFor="footnote-text">
        {editing ? 'Footnote text' : 'New footnote at the cursor'}
      </label>
      <textarea
        ref={input}
        id="footnote-text"
        className="link-popover__input footnote-popover__input"
        rows={3}
        maxLength={MAX_FOOTNOTE_LENGTH}
        placeholder="See Document C-0001 Rev.4."
        value={text}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      <div className="footnote-popover__actions">
        {editing && (
          <button type="button" className="link-popover__remove" onClick={remove}>
            Remove footnote
          </button>
        )}
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={note === ''}
        >
          {editing ? 'Apply' : 'Insert'}
        </button>
      </div>
    </form>
  );
}
