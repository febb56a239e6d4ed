import { LIMITS } from '@rapporteur/domain';
import type { ReactElement } from 'react';

interface CommentFieldProps {
  readonly id: string;
  readonly label: string;
  readonly testId: string;
  readonly rows: number;
  readonly placeholder: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** What is wrong with the comment; it marks the box invalid and is read with it. */
  readonly error?: string | undefined;
}

/** A comment kept with a version step (a reason to reopen, what should change), up to the limit. */
export function CommentField({ error, onChange, ...field }: CommentFieldProps): ReactElement {
  const errorId = `${field.id}-error`;
  return (
    <>
      <label className="version-form__label" htmlFor={field.id}>
        {field.label}
      </label>
      <textarea
        id={field.id}
        className="version-form__textarea"
        data-testid={field.testId}
        rows={field.rows}
        maxLength={LIMITS.comment}
        placeholder={field.placeholder}
        value={field.value}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : errorId}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      {error !== undefined && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </>
  );
}
