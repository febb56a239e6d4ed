import type { InputHTMLAttributes, ReactElement, ReactNode, Ref } from 'react';

/** What the input takes as it is; the field sets its id, class and accessibility itself. */
type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'className' | 'aria-invalid' | 'aria-describedby'
>;

interface FormFieldProps extends InputProps {
  /** The input's id: the label points at it, and the note's id starts with it. */
  readonly id: string;
  readonly label: string;
  readonly testId: string;
  /** Only screen readers hear the label; the placeholder says it on screen. */
  readonly labelHidden?: boolean;
  readonly compact?: boolean;
  readonly inputClassName?: string;
  /** What is wrong with the value, once the form has checked it. */
  readonly error?: string | undefined;
  /**
   * Whether the input says if it is valid (`aria-invalid`) even while nothing is wrong. A form
   * that checks no field on its own, like signing in, leaves it unsaid.
   */
  readonly validated?: boolean;
  /** The note under the input while nothing is wrong. */
  readonly hint?: ReactNode;
  /** The error's id, `${id}-error` unless the note keeps the hint's id whatever it says. */
  readonly errorId?: string;
  readonly ref?: Ref<HTMLInputElement>;
}

/**
 * A labelled input with its note below: the hint, or what is wrong once the form has checked
 * it. The note describes the input, and an error marks it invalid.
 */
export function FormField({
  id,
  label,
  testId,
  labelHidden = false,
  compact = false,
  inputClassName = 'field__input',
  error,
  validated = true,
  hint,
  errorId = `${id}-error`,
  ref,
  ...input
}: FormFieldProps): ReactElement {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const noteId = error === undefined ? hintId : errorId;
  return (
    <div className={compact ? 'field field--compact' : 'field'}>
      <label className={labelHidden ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      <input
        {...input}
        ref={ref}
        id={id}
        className={inputClassName}
        data-testid={testId}
        aria-invalid={validated ? error !== undefined : undefined}
        aria-describedby={noteId}
      />
      {noteId !== undefined && (
        <p className={error === undefined ? 'field__hint' : 'field__error'} id={noteId}>
          {error ?? hint}
        </p>
      )}
    </div>
  );
}
