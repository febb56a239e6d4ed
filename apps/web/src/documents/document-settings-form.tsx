import type { DocumentSettings } from '@rapporteur/domain';
import { useState, type ReactElement, type SubmitEvent } from 'react';

import { FormAlert, SubmitButton } from '../app/form-alert.js';
import { useStepRunner } from '../versions/use-step-runner.js';
import { changeDocumentSettings } from './documents-api.js';

const FIELDS = [
  ['documentSymbol', 'Symbol of the summary', 'CWG-WSIS&SDG-34/6'],
  ['language', 'Language', 'en'],
  ['timeZone', 'Time zone', 'Europe/Zurich'],
  ['linkTemplate', 'Links to documents', 'https://www.itu.int/md/{symbol}/en'],
] as const;

/**
 * How the summary presents itself (its own symbol, language, time zone) and where its links
 * to contributions point: everyone reads them, the chair changes them.
 */
export function DocumentSettingsForm({
  meetingId,
  settings,
  mayChange,
  onChanged,
}: {
  readonly meetingId: string;
  readonly settings: DocumentSettings;
  readonly mayChange: boolean;
  readonly onChanged: () => void;
}): ReactElement {
  const [values, setValues] = useState<Record<(typeof FIELDS)[number][0], string>>({
    documentSymbol: settings.documentSymbol ?? '',
    language: settings.language,
    timeZone: settings.timeZone,
    linkTemplate: settings.linkTemplate,
  });
  const runner = useStepRunner<'save'>();
  if (!mayChange)
    return (
      <dl className="document-settings" data-testid="document-settings">
        {FIELDS.map(([key, label]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>{settings[key] ?? 'none yet'}</dd>
          </div>
        ))}
      </dl>
    );
  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const { documentSymbol, ...rest } = values;
    const symbol = documentSymbol.trim() === '' ? null : documentSymbol.trim();
    runner.run(
      'save',
      () => changeDocumentSettings(meetingId, { ...rest, documentSymbol: symbol }),
      onChanged,
    );
  };
  return (
    <form
      className="document-settings"
      onSubmit={submit}
      aria-label="Document settings"
      data-testid="document-settings"
    >
      {FIELDS.map(([key, label, example]) => (
        <label key={key}>
          {label}
          <input
            value={values[key]}
            placeholder={example}
            data-testid={`document-setting-${key}`}
            onChange={(event) => {
              setValues({ ...values, [key]: event.target.value });
            }}
          />
        </label>
      ))}
      {runner.problem !== undefined && (
        <FormAlert testId="document-settings-problem">{runner.problem.problem.detail}</FormAlert>
      )}
      <SubmitButton
        busy={runner.busy === 'save'}
        busyLabel="Saving…"
        testId="document-settings-save"
        className="button button--outline button--small"
      >
        Save settings
      </SubmitButton>
    </form>
  );
}
