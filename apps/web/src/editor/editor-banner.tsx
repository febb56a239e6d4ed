import type { ReactElement, ReactNode } from 'react';

import { DRAWINGS, LineIcon } from '../app/line-icon.js';
import './editor-banner.css';

const ICONS = {
  // An open eye: this draft is for reading.
  reading: DRAWINGS.eye,
  // A padlock: the connection was closed for good.
  locked: DRAWINGS.padlock,
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
      <LineIcon className="editor-banner__icon" size={18} d={ICONS[icon]} />
      <p className="editor-banner__text">{children}</p>
      {action !== undefined && <div className="editor-banner__action">{action}</div>}
    </div>
  );
}
