import { formatSymbol, parseSymbol } from '@rapporteur/domain';
import { useState, type ReactElement, type SubmitEvent } from 'react';

import { FormAlert, SubmitButton } from '../app/form-alert.js';

/** A contribution as the form gives it: the symbol split from its revision. */
export interface DocumentFields {
  readonly symbol: string;
  readonly revision: number;
  readonly title: string;
  readonly source: string;
}

/**
 * The fields of one contribution, to add or to correct. The symbol is typed as the summary
 * cites it ('S19-CWGWSIS34-C-0001 Rev.4'): the form splits off the revision.
 */
export function DocumentForm({
  initial,
  submitLabel,
  busy,
  problem,
  onSubmit,
  onCancel,
}: {
  readonly initial?: DocumentFields | undefined;
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly problem: string | undefined;
  readonly onSubmit: (fields: DocumentFields) => void;
  readonly onCancel?: (() => void) | undefined;
}): ReactElement {
  const [label, setLabel] = useState(
    initial === undefined
      ? ''
      : formatSymbol({ ...parsedOr(initial.symbol), revision: initial.revision }),
  );
  const [title, setTitle] = useState(initial?.title ?? '');
  const [source, setSource] = useState(initial?.source ?? '');
  const parsed = parseSymbol(label);
  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (parsed === undefined) return;
    onSubmit({
      symbol: parsed.base,
      revision: parsed.revision,
      title: title.trim(),
      source: source.trim(),
    });
  };
  const id = initial === undefined ? 'new' : initial.symbol;
  return (
    <form
      className="document-form"
      onSubmit={submit}
      aria-label={submitLabel}
      data-testid={`document-form-${id}`}
    >
      <label>
        Symbol
        <input
          value={label}
          placeholder="S19-CWGWSIS34-C-0001 Rev.4"
          aria-invalid={label !== '' && parsed === undefined}
          data-testid="document-symbol"
          onChange={(event) => {
            setLabel(event.target.value);
          }}
        />
      </label>
      <label>
        Title
        <input
          value={title}
          data-testid="document-title"
          onChange={(event) => {
            setTitle(event.target.value);
          }}
        />
      </label>
      <label>
        Source
        <input
          value={source}
          placeholder="Saudi Arabia"
          data-testid="document-source"
          onChange={(event) => {
            setSource(event.target.value);
          }}
        />
      </label>
      {label !== '' && parsed === undefined && (
        <FormAlert testId="document-symbol-invalid">
          Not an ITU symbol: write it as S19-CWGWSIS34-C-0001, with Rev.4 after it for a revision.
        </FormAlert>
      )}
      {problem !== undefined && <FormAlert testId="document-problem">{problem}</FormAlert>}
      <div className="document-form__actions">
        <SubmitButton
          busy={busy}
          busyLabel="Saving…"
          testId="document-save"
          className="button button--small"
          disabled={parsed === undefined || title.trim() === '' || source.trim() === ''}
        >
          {submitLabel}
        </SubmitButton>
        {onCancel !== undefined && (
          <button type="button" className="button button--outline button--small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

// A symbol the register holds but the grammar does not read (registered by hand): kept as is.
function parsedOr(symbol: string) {
  return (
    parseSymbol(symbol) ?? {
      form: 'md' as const,
      base: symbol,
      sector: '',
      year: '',
      group: '',
      type: '',
      number: '',
      revision: 0,
      corrigendum: 0,
      addendum: 0,
      language: '',
    }
  );
}
