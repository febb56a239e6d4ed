import type { ReactElement, ReactNode } from 'react';

import './editor-banner.css';

const ICONS = {
  // An open eye: this draft is for reading.
  reading:
    'M2.5 12s3.5-6.5 9.5-6.5 9.5 6.5 9.5 6.5-3.5 6.5-9.5 6.5S2.5 12 2.5 12ZM12 14.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z',
  // A padlock: the connection was closed for good.
  locked: 'M7 11V8a5 5 0 0 1 10 0v3M5.5 11h13v9.5h-13z',
} as const;

/**
 * The strip in the toolbar's place when this person cannot edit: why, in one sentence, and what
 * they can do about it.
 */
export function EditorBanner({
  icon,
  tone = 'neutral',
  testId,
  children,
  action,
}: {
  readonly icon: keyof typeof ICONS;
  readonly tone?: 'neutral' | 'warning';
  readonly testId: string;
  readonly children: ReactNode;
  readonly action?: ReactNode;
}): ReactElement {
  return (
    <div
      className={`editor-banner editor-banner--${tone}`}
      role={tone === 'warning' ? 'alert' : 'status'}
      data-testid={testId}
    >
      <svg
        className="editor-banner__icon"
        viewBox="0 0 24 24"
        width="18"
        height="18"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <path d={ICONS[icon]} />
      </svg>
      <p className="editor-banner__text">{children}</p>
      {action !== undefined && <div className="editor-banner__action">{action}</div>}
    </div>
  );
}
