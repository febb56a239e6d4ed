import { useState, type ReactElement, type SubmitEvent } from 'react';

import { allPoints, defaultFrom, type PointChoice, type PointChoices } from './draft-points.js';
import { LIVE_DRAFT, type DraftPoint } from './history-view.js';

function PointOptions({ choices }: { readonly choices: PointChoices }): ReactElement {
  const group = (label: string, list: readonly PointChoice[]): ReactElement | null =>
    list.length === 0 ? null : (
      <optgroup label={label}>
        {list.map((choice) => (
          <option key={choice.point.value} value={choice.point.value}>
            {choice.option}
          </option>
        ))}
      </optgroup>
    );
  return (
    <>
      <option value={LIVE_DRAFT.value}>Now: the live draft</option>
      {choices.original !== undefined && (
        <option value={choices.original.point.value}>{choices.original.option}</option>
      )}
      {group('Named versions', choices.versions)}
      {group('After each session', choices.sessions)}
    </>
  );
}

function PointSelect({
  id,
  label,
  value,
  choices,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly choices: PointChoices;
  readonly onChange: (value: string) => void;
}): ReactElement {
  return (
    <div className="compare-form__point">
      <label className="compare-form__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__select compare-form__select"
        data-testid={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <PointOptions choices={choices} />
      </select>
    </div>
  );
}

/**
 * Two points of the draft to compare: the imported original, named versions, the draft after
 * any loaded session, or the live draft; from the latest version to now unless chosen. "The
 * imported original → now" compares those two at once. The comparison shows in the
 * document's place.
 */
export function CompareForm({
  choices,
  onCompare,
}: {
  readonly choices: PointChoices;
  readonly onCompare: (from: DraftPoint, to: DraftPoint) => void;
}): ReactElement {
  const fallback = defaultFrom(choices)?.value ?? LIVE_DRAFT.value;
  const [from, setFrom] = useState<string>();
  const [to, setTo] = useState(LIVE_DRAFT.value);
  const all = allPoints(choices, LIVE_DRAFT);
  const pointOf = (value: string): DraftPoint | undefined =>
    all.find((point) => point.value === value);
  // A choice that left the list (it never does; the timeline only grows) falls back.
  const fromPoint = pointOf(from ?? fallback) ?? pointOf(fallback);
  const toPoint = pointOf(to) ?? LIVE_DRAFT;
  const same = fromPoint?.value === toPoint.value;

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (fromPoint !== undefined && !same) onCompare(fromPoint, toPoint);
  };

  return (
    <form className="compare-form" onSubmit={submit} aria-label="Compare two points">
      {choices.original !== undefined && (
        <button
          type="button"
          className="button button--quiet button--small compare-form__original"
          data-testid="compare-original"
          onClick={() => {
            if (choices.original !== undefined) onCompare(choices.original.point, LIVE_DRAFT);
          }}
        >
          The imported original → now
        </button>
      )}
      <div className="compare-form__points">
        <PointSelect
          id="compare-from"
          label="From"
          value={fromPoint?.value ?? LIVE_DRAFT.value}
          choices={choices}
          onChange={setFrom}
        />
        <PointSelect
          id="compare-to"
          label="To"
          value={toPoint.value}
          choices={choices}
          onChange={setTo}
        />
      </div>
      <div className="compare-form__actions">
        {same && <span className="compare-form__hint">Choose two different points.</span>}
        <button
          type="submit"
          className="button button--primary button--small"
          data-testid="compare-submit"
          disabled={same}
        >
          Compare
        </button>
      </div>
    </form>
  );
}
