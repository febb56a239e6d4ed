import type { ReactElement } from 'react';
import { useState } from 'react';

import { FormAlert } from '../app/form-alert.js';
import { LoadingLines } from '../app/loading-lines.js';
import { formatMoment } from '../history/history-format.js';
import { dispositionLabel } from './dispositions.js';
import {
  ALL,
  filterChoices,
  filterLines,
  registerLines,
  type RegisterFilter,
} from './register-rows.js';
import { registerUrl } from './review-api.js';
import type { ReviewState } from './use-review.js';
import './register-panel.css';

/**
 * The Register tab: the disposition register, every comment and suggestion with what became of
 * it (number, paragraph, author, text, disposition, who decided, when, why), filtered by state,
 * author and paragraph, and downloadable as CSV or Word. It follows the review live.
 */
export function RegisterPanel({
  meetingId,
  review,
}: {
  readonly meetingId: string;
  readonly review: ReviewState;
}): ReactElement {
  const [filter, setFilter] = useState<RegisterFilter>(ALL);
  const lines = review.value === undefined ? [] : registerLines(review.value);
  const shown = filterLines(lines, filter);
  const { authors, paragraphs } = filterChoices(lines);
  const clock = { now: new Date() };

  return (
    <div className="register-panel" data-testid="register-panel">
      <section className="panel-card">
        <h2 className="panel-card__title">
          Disposition register
          <span className="panel-card__count">{lines.length}</span>
        </h2>
        <div className="register-panel__filters">
          <select
            aria-label="Open or decided"
            data-testid="register-filter-state"
            value={filter.state}
            onChange={(event) => {
              const state = (['all', 'open', 'decided'] as const).find(
                (value) => value === event.target.value,
              );
              setFilter({ ...filter, state: state ?? 'all' });
            }}
          >
            <option value="all">All</option>
            <option value="open">Open</option>
            <option value="decided">Decided</option>
          </select>
          <select
            aria-label="Author"
            data-testid="register-filter-author"
            value={filter.author ?? ''}
            onChange={(event) => {
              setFilter({ ...filter, author: event.target.value || undefined });
            }}
          >
            <option value="">Everyone</option>
            {authors.map((author) => (
              <option key={author.id} value={author.id}>
                {author.name}
              </option>
            ))}
          </select>
          <select
            aria-label="Paragraph"
            data-testid="register-filter-paragraph"
            value={filter.paragraph ?? ''}
            onChange={(event) => {
              setFilter({ ...filter, paragraph: event.target.value || undefined });
            }}
          >
            <option value="">All paragraphs</option>
            {paragraphs.map((paragraph) => (
              <option key={paragraph} value={paragraph}>
                {paragraph}
              </option>
            ))}
          </select>
        </div>
        <p className="register-panel__downloads">
          Download:{' '}
          <a href={registerUrl(meetingId, 'csv')} data-testid="register-csv" download>
            CSV
          </a>{' '}
          ·{' '}
          <a href={registerUrl(meetingId, 'docx')} data-testid="register-docx" download>
            Word
          </a>
        </p>
      </section>
      {review.problem !== undefined && <FormAlert>{review.problem.detail}</FormAlert>}
      {review.value === undefined && review.loading && (
        <LoadingLines label="Loading the register" lines={4} className="register-panel__loading" />
      )}
      {review.value !== undefined && shown.length === 0 && (
        <p className="register-panel__empty">
          {lines.length === 0
            ? 'No comments or suggestions yet. Select text in the draft and press Comment, or switch to Suggesting.'
            : 'Nothing matches these filters.'}
        </p>
      )}
      {shown.length > 0 && (
        <table className="register-table" data-testid="register-table">
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Paragraph</th>
              <th scope="col">Disposition</th>
              <th scope="col">Text</th>
              <th scope="col">Author</th>
              <th scope="col">Decided by</th>
              <th scope="col">When</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((line) => (
              <tr
                key={line.id}
                data-testid="register-row"
                data-number={line.number}
                data-type={line.type}
                data-disposition={line.disposition}
              >
                <td className="register-table__number">#{line.number}</td>
                <td className="register-table__paragraph">
                  {line.paragraph === null ? '—' : `¶ ${line.paragraph}`}
                </td>
                <td>
                  <span
                    className={`register-table__disposition is-${line.disposition}`}
                    data-testid="register-disposition"
                  >
                    {dispositionLabel(line.disposition)}
                  </span>
                </td>
                <td className="register-table__text" data-testid="register-text">
                  <span className="register-table__type">
                    {line.type === 'comment' ? 'Comment' : 'Suggestion'}
                  </span>{' '}
                  {line.text}
                </td>
                <td className="register-table__who">{line.authorName}</td>
                <td className="register-table__who">
                  {line.decidedBy === null ? '' : `decided by ${line.decidedBy}`}
                </td>
                <td className="register-table__who">
                  {line.decidedAt === null ? '' : formatMoment(line.decidedAt, clock)}
                </td>
                <td className="register-table__reason">{line.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
