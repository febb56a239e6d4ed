import { DISPOSITION_LABELS } from './dispositions.js';
import { useState, type ReactElement } from 'react';

import type { Disposition } from './review-api.js';

/** Closes a comment with a disposition and an optional reason. */
export function ResolveForm({
  busy,
  onResolve,
  onCancel,
}: {
  readonly busy: boolean;
  readonly onResolve: (disposition: Disposition, reason: string) => void;
  readonly onCancel: () => void;
}): ReactElement {
  const [disposition, setDisposition] = useState<Disposition>('resolved');
  const [reason, setReason] = useState('');
  return (
    <form
      className="review-card__form"
      onSubmit={(event) => {
        event.preventDefault();
        onResolve(disposition, reason);
      }}
    >
      <label className="review-card__label">
        Disposition
        <select
          className="review-card__select"
          data-testid="resolve-disposition"
          value={disposition}
          onChange={(event) => {
            const chosen = Object.keys(DISPOSITION_LABELS).find(
              (key): key is Disposition => key === event.target.value,
            );
            if (chosen !== undefined) setDisposition(chosen);
          }}
        >
          {Object.entries(DISPOSITION_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <input
        className="review-card__input"
        data-testid="resolve-reason"
        placeholder="Reason (optional)"
        maxLength={2000}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <div className="review-card__actions">
        <button
          type="submit"
          className="button button--primary button--small"
          data-testid="resolve-submit"
          disabled={busy}
        >
          Resolve
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
