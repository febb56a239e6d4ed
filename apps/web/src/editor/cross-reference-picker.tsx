import { outlineOf, type OutlineEntry } from '@rapporteur/editor-schema';
import type { Editor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';

import { referenceWord } from './reference-word.js';

interface CrossReferencePickerProps {
  readonly editor: Editor;
  readonly onClose: () => void;
}

const SHOWN_TEXT = 70;

function shortened(text: string): string {
  return text.length > SHOWN_TEXT ? `${text.slice(0, SHOWN_TEXT - 1)}…` : text;
}

/**
 * The outline of the draft, to pick the numbered paragraph a reference points at. Filtering by
 * number ("8.2") or words; picking inserts "section 8" / "paragraph 8.2" at the caret, the
 * number being a reference that follows the paragraph when the draft is renumbered.
 */
export function CrossReferencePicker({ editor, onClose }: CrossReferencePickerProps): ReactElement {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  // Read once when opened: the outline a person chooses from should not move under the pointer.
  const outline = useMemo(() => outlineOf(editor.state.doc), [editor]);
  const wanted = query.trim().toLowerCase();
  // Numbers first: "9" means section 9 before any paragraph that mentions 2019.
  const shown = [
    ...outline.filter((entry) => wanted === '' || entry.number.startsWith(wanted)),
    ...(wanted === ''
      ? []
      : outline.filter(
          (entry) => !entry.number.startsWith(wanted) && entry.text.toLowerCase().includes(wanted),
        )),
  ];

  useEffect(() => {
    input.current?.focus();
    const closeOnOutsideClick = (event: MouseEvent): void => {
      if (event.target instanceof Node && root.current?.contains(event.target) !== true) onClose();
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => {
      document.removeEventListener('mousedown', closeOnOutsideClick);
    };
  }, [onClose]);

  const pick = (entry: OutlineEntry): void => {
    const { $from } = editor.state.selection;
    const textBefore = $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc');
    const word = referenceWord(textBefore, entry.level);
    editor.chain().focus().insertCrossReference({ paragraphAt: entry.pos, word }).run();
    onClose();
  };

  return (
    <div
      ref={root}
      className="link-popover reference-picker"
      role="dialog"
      aria-label="Refer to a paragraph"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        editor.commands.focus();
        onClose();
      }}
    >
      <label className="link-popover__label" htmlFor="reference-query">
        Refer to a section or paragraph
      </label>
      <input
        ref={input}
        id="reference-query"
        className="link-popover__input reference-picker__query"
        type="search"
        placeholder="Number or words, e.g. 8.2"
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
        }}
        onKeyDown={(event) => {
          const first = shown[0];
          if (event.key !== 'Enter' || first === undefined) return;
          event.preventDefault();
          pick(first);
        }}
      />
      {outline.length === 0 ? (
        <p className="reference-picker__empty">
          The draft has no numbered paragraphs yet: number one, then refer to it.
        </p>
      ) : (
        <ul className="reference-picker__list" data-testid="reference-outline">
          {shown.map((entry) => (
            <li key={entry.pos}>
              <button
                type="button"
                className="reference-picker__entry"
                data-level={Math.min(entry.level, 4)}
                onMouseDown={(event) => {
                  event.preventDefault();
                }}
                onClick={() => {
                  pick(entry);
                }}
              >
                <span className="reference-picker__number">{entry.number}</span>
                <span className="reference-picker__text">{shortened(entry.text)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
