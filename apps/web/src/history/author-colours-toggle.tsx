import type { ReactElement } from 'react';

/** A switch: the live text tinted by who wrote it, in the document's place. */
export function AuthorColoursToggle({
  on,
  onChange,
}: {
  readonly on: boolean;
  readonly onChange: (on: boolean) => void;
}): ReactElement {
  return (
    <label className="switch">
      <span className="switch__text">
        <span className="switch__label">Colour by author</span>
        <span className="switch__hint">Tint the text by who wrote it</span>
      </span>
      <input
        type="checkbox"
        role="switch"
        className="switch__input"
        data-testid="author-colours-toggle"
        checked={on}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
    </label>
  );
}
