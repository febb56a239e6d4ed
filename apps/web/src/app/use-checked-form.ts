import { useState, type SubmitEvent } from 'react';

import type { ApiResult } from '../api/http.js';

type Problems<F> = Partial<Record<keyof F, string>>;

interface CheckedFormOptions<F extends { readonly [K in keyof F]: string }, R> {
  readonly initial: F | (() => F);
  /** What is wrong with each field; empty when the form may be sent. */
  readonly problemsOf: (form: F) => Problems<F>;
  /**
   * Each field's input id, in the order the fields show: the first field with a problem takes
   * the focus.
   */
  readonly inputIds: { readonly [K in keyof F]: string };
  /** Sends the form as it is; the server's refusal shows as it words it. */
  readonly send: (form: F) => Promise<ApiResult<R>>;
  readonly onSent: (value: R) => void;
}

/** What a `FormField` takes from the form for one field: spread it on the field. */
export interface BoundField {
  readonly id: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (event: { readonly target: { readonly value: string } }) => void;
}

export interface CheckedForm<F> {
  /** The server's refusal, as its `detail`. */
  readonly error: string | undefined;
  readonly busy: boolean;
  readonly submit: (event: SubmitEvent<HTMLFormElement>) => void;
  /** One field's id, value, change handler, and problem once the person has tried to submit. */
  readonly field: (name: keyof F) => BoundField;
}

/**
 * A form of text fields checked before it is sent: nothing goes to the server while a field has
 * a problem, and one submission runs at a time.
 */
export function useCheckedForm<F extends { readonly [K in keyof F]: string }, R>(
  options: CheckedFormOptions<F, R>,
): CheckedForm<F> {
  const { problemsOf, inputIds, send, onSent } = options;
  const [form, setForm] = useState<F>(options.initial);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const update = (field: keyof F) => (event: { readonly target: { readonly value: string } }) => {
    setForm((current) => ({ ...current, [field]: event.target.value }));
  };

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (busy) return;
    setTried(true);
    const found = problemsOf(form);
    const first = (Object.keys(inputIds) as (keyof F)[]).find((field) => field in found);
    if (first !== undefined) {
      document.getElementById(inputIds[first])?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    void send(form).then((result) => {
      setBusy(false);
      if (result.ok) onSent(result.value);
      else setError(result.problem.detail);
    });
  };

  const problems: Problems<F> = tried ? problemsOf(form) : {};
  const field = (name: keyof F): BoundField => ({
    id: inputIds[name],
    value: form[name],
    error: problems[name],
    onChange: update(name),
  });

  return { error, busy, submit, field };
}
