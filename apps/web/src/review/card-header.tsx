import type { ReactElement } from 'react';

import { formatMoment } from '../history/history-format.js';
import { Avatar } from '../identity/avatar.js';
import { colorFor } from '../identity/identity.js';

/** Who wrote a card's item and when, its number in the register and its paragraph. */
export function CardHeader({
  author,
  authorName,
  at,
  number,
  paragraph,
}: {
  readonly author: string;
  readonly authorName: string;
  readonly at: string;
  readonly number: number;
  readonly paragraph: string | null;
}): ReactElement {
  return (
    <header className="review-card__header">
      <Avatar name={authorName} color={colorFor(author)} size="small" />
      <span className="review-card__who">
        <span className="review-card__name">{authorName}</span>
        <time className="review-card__time" dateTime={at}>
          {formatMoment(at, { now: new Date() })}
        </time>
      </span>
      <span
        className="review-card__number"
        title={paragraph === null ? undefined : `Paragraph ${paragraph}`}
      >
        #{number}
        {paragraph !== null && ` · ${paragraph.replace(/\.$/, '')}`}
      </span>
    </header>
  );
}

/** The item's text is gone from the draft: the quote stays, with a word that says so. */
export function OrphanedQuote({ quote }: { readonly quote: string }): ReactElement {
  return (
    <p className="review-card__orphaned" data-testid="orphaned">
      <span className="review-card__badge">orphaned</span>
      <q>{quote}</q>
    </p>
  );
}
