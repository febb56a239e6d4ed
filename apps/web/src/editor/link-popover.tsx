import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState, type ReactElement, type SubmitEvent } from 'react';

interface LinkPopoverProps {
  readonly editor: Editor;
  readonly onClose: () => void;
}

/** "itu.int/wsis" -> "https://itu.int/wsis"; mail addresses become mailto: links. */
export function normaliseHref(raw: string): string {
  const href = raw.trim();
  if (href === '') return '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/') || href.startsWith('#'))
    return href;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(href)) return `mailto:${href}`;
  return `https://${href}`;
}

/**
 * The link editor under the toolbar's link button: edits the link around the cursor, links the
 * selected words, or inserts the address itself as a link when nothing is selected.
 */
export function LinkPopover({ editor, onClose }: LinkPopoverProps): ReactElement {
  const current: unknown = editor.getAttributes('link')['href'];
  const [href, setHref] = useState(typeof current === 'string' ? current : '');
  const input = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
    const closeOnOutsideClick = (event: MouseEvent): void => {
      if (event.target instanceof Node && form.current?.contains(event.target) !== true) onClose();
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => {
      document.removeEventListener('mousedown', closeOnOutsideClick);
    };
  }, [onClose]);

  const apply = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const target = normaliseHref(href);
    const chain = editor.chain().focus().extendMarkRange('link');
    if (target === '') {
      chain.unsetLink().run();
    } else if (editor.state.selection.empty && !editor.isActive('link')) {
      // A space after it, so that typing on does not extend the link.
      chain
        .insertContent([
          { type: 'text', text: href.trim(), marks: [{ type: 'link', attrs: { href: target } }] },
          { type: 'text', text: ' ' },
        ])
        .run();
    } else {
      chain.setLink({ href: target }).run();
    }
    onClose();
  };

  const remove = (): void => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <form
      ref={form}
      className="link-popover"
      onSubmit={apply}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        editor.commands.focus();
        onClose();
      }}
    >
      <label className="link-popover__label" htmlFor="link-href">
        Link to
      </label>
      <div className="link-popover__row">
        <input
          ref={input}
          id="link-href"
          className="link-popover__input"
          type="text"
          inputMode="url"
          placeholder="https://www.itu.int/…"
          autoComplete="off"
          spellCheck={false}
          value={href}
          onChange={(event) => {
            setHref(event.target.value);
          }}
        />
        <button type="submit" className="button button--primary button--small">
          Apply
        </button>
      </div>
      {editor.isActive('link') && (
        <button type="button" className="link-popover__remove" onClick={remove}>
          Remove link
        </button>
      )}
    </form>
  );
}
