import type { ReactElement, ReactNode } from 'react';

const ICONS = {
  error: 'M12 8v5M12 16.5h.01M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z',
  info: 'M12 11v5M12 7.5h.01M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z',
  ok: 'M5 12.5 10 17l9-10',
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
      <svg
        className="form-alert__icon"
        viewBox="0 0 24 24"
        width="16"
        height="16"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <path d={ICONS[tone]} />
      </svg>
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
  disabled = false,
}: {
  readonly busy: boolean;
  readonly busyLabel: string;
  readonly children: ReactNode;
  readonly testId?: string;
  readonly className?: string;
  readonly disabled?: boolean;
}): ReactElement {
  return (
    <button
      type="submit"
      className={`${className}${busy ? ' is-busy' : ''}`}
      data-testid={testId}
      disabled={disabled || busy}
      aria-busy={busy}
    >
      {busy && <span className="button__spinner" aria-hidden="true" />}
      {busy ? busyLabel : children}
    </button>
  );
}
