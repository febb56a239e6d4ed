import { useEffect, useId, useRef, useState, type ReactElement, type SubmitEvent } from 'react';

import { BrandMark } from '../app/brand-mark.js';
import { colorForName, initialsOf, MAX_NAME_LENGTH, normaliseName } from './identity.js';
import './name-dialog.css';

interface NameDialogProps {
  /** Where the person is going: the meeting's symbol or title, once it is known. */
  readonly context: string | undefined;
  readonly initialName?: string;
  readonly onSubmit: (name: string) => void;
  /** Present when renaming: the person may keep the name they have. */
  readonly onCancel?: () => void;
}

/**
 * Asks for a display name once, before the editor opens (and again when renaming). The avatar
 * beside the field previews the colour others will see for this name.
 */
export function NameDialog({
  context,
  initialName = '',
  onSubmit,
  onCancel,
}: NameDialogProps): ReactElement {
  const [draft, setDraft] = useState(initialName);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const hintId = useId();
  const name = normaliseName(draft);
  const renaming = onCancel !== undefined;

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (name !== '') onSubmit(name);
  };

  return (
    <div className="dialog-backdrop">
      <form
        className="name-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && onCancel !== undefined) onCancel();
        }}
      >
        {!renaming && <BrandMark size={40} />}
        <h2 className="name-dialog__title" id={titleId}>
          {renaming ? 'Change your name' : 'Join the drafting'}
        </h2>
        {context !== undefined && !renaming && <p className="name-dialog__context">{context}</p>}
        <label className="name-dialog__label" htmlFor={`${titleId}-name`}>
          Your name
        </label>
        <div className="name-dialog__field">
          <span
            className={`name-dialog__avatar${name === '' ? ' is-empty' : ''}`}
            style={name === '' ? undefined : { backgroundColor: colorForName(name) }}
            aria-hidden="true"
          >
            {name === '' ? '' : initialsOf(name)}
          </span>
          <input
            ref={input}
            id={`${titleId}-name`}
            className="name-dialog__input"
            data-testid="name-input"
            type="text"
            autoComplete="name"
            placeholder="e.g. Aygun Ahmadova"
            maxLength={MAX_NAME_LENGTH}
            aria-describedby={hintId}
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value);
            }}
          />
        </div>
        <p className="name-dialog__hint" id={hintId}>
          The others see it beside your cursor and in the list of people. It is kept on this device.
        </p>
        <div className="name-dialog__actions">
          {renaming && (
            <button type="button" className="button button--quiet" onClick={onCancel}>
              Cancel
            </button>
          )}
          <button
            type="submit"
            className="button button--primary"
            data-testid="name-submit"
            disabled={name === ''}
          >
            {renaming ? 'Save name' : 'Open the draft'}
          </button>
        </div>
      </form>
    </div>
  );
}
