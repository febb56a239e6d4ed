import type { ReactElement, ReactNode } from 'react';

import { LineIcon } from '../app/line-icon.js';

const ICONS = {
  // A clock turned back: the draft as it was.
  past: 'M3 12a9 9 0 1 0 3-6.7M3 4v4.5h4.5M12 7.5V12l3 2',
  // Two pages side by side: a comparison.
  compare: 'M4 4.5h7v15H4zM13 4.5h7v15h-7zM6.5 9h2M15.5 9h2M6.5 13h2M15.5 13h2',
  // A brush: the text coloured by its writers.
  authors: 'M14.5 4.5 19.5 9.5 10 19H5v-5zM12.5 6.5l5 5',
} as const;

/**
 * In the toolbar's place while a view of the draft's past is shown: what it is, the way back to
 * the live draft, and below, the view's own controls (a slider, a legend).
 */
export function HistoryBanner({
  icon,
  title,
  detail,
  actions,
  onBack,
  children,
}: {
  readonly icon: keyof typeof ICONS;
  readonly title: ReactNode;
  readonly detail?: ReactNode;
  readonly actions?: ReactNode;
  readonly onBack: () => void;
  readonly children?: ReactNode;
}): ReactElement {
  return (
    <div className="history-banner" role="region" aria-label="Viewing the draft's history">
      <div className="history-banner__row">
        <LineIcon className="history-banner__icon" size={18} d={ICONS[icon]} />
        <p className="history-banner__text" aria-live="polite">
          <strong className="history-banner__title">{title}</strong>
          {detail !== undefined && <span className="history-banner__detail"> — {detail}</span>}
        </p>
        <div className="history-banner__actions">
          {actions}
          <button
            type="button"
            className="button button--primary button--small"
            data-testid="back-to-live"
            onClick={onBack}
          >
            Back to the live draft
          </button>
        </div>
      </div>
      {children !== undefined && <div className="history-banner__controls">{children}</div>}
    </div>
  );
}

/** A view of the draft's past: the banner in the toolbar's place, over a read-only sheet. */
export function HistorySheet({
  testId,
  banner,
  busy,
  children,
}: {
  readonly testId: string;
  readonly banner: ReactElement;
  readonly busy: boolean;
  readonly children: ReactNode;
}): ReactElement {
  return (
    <div className="draft-editor is-read-only history-view" data-testid={testId}>
      <div className="draft-editor__toolbar">{banner}</div>
      <article className={`sheet history-view__sheet${busy ? ' is-busy' : ''}`} aria-busy={busy}>
        {children}
      </article>
    </div>
  );
}

/** Where a view's text would be, while it loads or when it could not be read. */
export function SheetMessage({
  title,
  detail,
}: {
  readonly title: string;
  readonly detail?: string | undefined;
}): ReactElement {
  return (
    <div className="sheet__message" role={detail === undefined ? 'status' : 'alert'}>
      <p className="sheet__message-title">{title}</p>
      {detail !== undefined && <p className="sheet__message-detail">{detail}</p>}
    </div>
  );
}
