import type { ReactElement, ReactNode } from 'react';

import { DRAWINGS, LineIcon } from './line-icon.js';

const ICONS = {
  error: DRAWINGS.alert,
  info: 'M12 11v5M12 7.5h.01M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z',
  ok: DRAWINGS.tick,
} as const;

/** A sentence for the person, above a form's actions: the server's `detail`, or a notice. */
export function FormAlert({
  tone = 'error',
  children,
  testId,
}: {
  readonly tone?: keyof typeof ICONS;
  readonly children: ReactNode;
  readonly testId?: string;
}): ReactElement {
  return (
    <p
      className={`form-alert${tone === 'error' ? '' : ` form-alert--${tone}`}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      <LineIcon className="form-alert__icon" size={16} d={ICONS[tone]} />
      <span>{children}</span>
    </p>
  );
}

/** A submit button that shows a spinner and says what it is doing while its request runs. */
export function SubmitButton({
  busy,
  busyLabel,
  children,
  testId,
  className = 'button button--primary',
  block = false,
  disabled = false,
}: {
  readonly busy: boolean;
  readonly busyLabel: string;
  readonly children: ReactNode;
  readonly testId?: string;
  readonly className?: string;
  /** The form's one action, as wide as the form (the sign-in and setup pages, a new meeting). */
  readonly block?: boolean;
  readonly disabled?: boolean;
}): ReactElement {
  return (
    <button
      type="submit"
      className={`${className}${block ? ' button--block' : ''}${busy ? ' is-busy' : ''}`}
      data-testid={testId}
      disabled={disabled || busy}
      aria-busy={busy}
    >
      {busy && <span className="button__spinner" aria-hidden="true" />}
      {busy ? busyLabel : children}
    </button>
  );
}
