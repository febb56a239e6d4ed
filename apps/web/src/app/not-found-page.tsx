import type { ReactElement } from 'react';

import { BrandMark } from './brand-mark.js';

interface NotFoundPageProps {
  readonly title: string;
  readonly detail: string;
}

/** A page that says what went wrong, in words a person can act on, and offers a way back. */
export function NotFoundPage({ title, detail }: NotFoundPageProps): ReactElement {
  return (
    <main className="message-page">
      <div className="message-page__card">
        <BrandMark />
        <h1 className="message-page__title">{title}</h1>
        <p className="message-page__detail">{detail}</p>
        <a className="button button--primary" href="/meetings/demo">
          Open the demo meeting
        </a>
      </div>
    </main>
  );
}
