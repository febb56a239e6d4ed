import { useId, type CSSProperties, type ReactElement } from 'react';

/** A slider across every revision of the draft, from the first (0) to the latest. */
export function RevisionSlider({
  revision,
  head,
  onChange,
}: {
  readonly revision: number;
  readonly head: number;
  readonly onChange: (revision: number) => void;
}): ReactElement {
  const id = useId();
  // The track fills up to the thumb, as far through the history as the revision shown.
  const progress = head <= 0 ? 100 : (revision / head) * 100;
  return (
    <div className="revision-slider">
      <label className="visually-hidden" htmlFor={id}>
        Revision
      </label>
      <span className="revision-slider__end" aria-hidden="true">
        0
      </span>
      <input
        id={id}
        type="range"
        className="revision-slider__input"
        data-testid="time-travel-slider"
        min={0}
        max={head}
        step={1}
        value={revision}
        aria-valuetext={`Revision ${revision} of ${head}`}
        style={{ '--progress': `${progress}%` } as CSSProperties}
        onChange={(event) => {
          onChange(Number(event.target.value));
        }}
      />
      <span className="revision-slider__end" aria-hidden="true">
        {head}
      </span>
    </div>
  );
}
