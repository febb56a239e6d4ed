import type { ReactElement, ReactNode } from 'react';

import { BrandMark } from './brand-mark.js';
import { Link } from './navigation.js';

interface NotFoundPageProps {
  /** By default, that the address names nothing. */
  readonly title?: string;
  readonly detail?: string;
  /** The way on; by default, back to the list of meetings. */
  readonly action?: ReactNode;
}

/** A page that says what went wrong, in words a person can act on, and offers a way back. */
export function NotFoundPage({
  title = 'There is nothing at this address',
  detail = 'Each meeting has its own address; your meetings are listed on the first page.',
  action,
}: NotFoundPageProps): ReactElement {
  return (
    <main className="message-page">
      <div className="message-page__card">
        <BrandMark />
        <h1 className="message-page__title">{title}</h1>
        <p className="message-page__detail">{detail}</p>
        {action ?? (
          <Link className="button button--primary" href="/">
            Back to your meetings
          </Link>
        )}
      </div>
    </main>
  );
}
