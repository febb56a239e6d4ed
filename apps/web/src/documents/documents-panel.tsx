import { mayAct, type Role } from '@rapporteur/domain';
import { useState, type ReactElement } from 'react';

import type { Meeting } from '../meeting/meeting-api.js';
import { useStepRunner } from '../versions/use-step-runner.js';
import { addDocument, editDocument } from './documents-api.js';
import { DocumentForm, type DocumentFields } from './document-form.js';
import { DocumentSettingsForm } from './document-settings-form.js';
import './documents-panel.css';

/**
 * The meeting's register of contributions beside the draft: every document with its link,
 * title and source; those who may edit the draft add and correct them, and the chair sets how
 * the summary presents itself. The server decides; this only asks.
 */
export function DocumentsPanel({
  meeting,
  role,
  onChanged,
}: {
  readonly meeting: Meeting;
  readonly role: Role | null;
  readonly onChanged: () => void;
}): ReactElement {
  const facts = { role: role ?? undefined, frozen: false };
  const mayEdit = mayAct(facts, 'edit').allowed;
  const runner = useStepRunner<string>();
  const [editing, setEditing] = useState<string>();
  const save = (step: string, fields: DocumentFields, documentId?: string) => {
    runner.run(
      step,
      () =>
        documentId === undefined
          ? addDocument(meeting.id, fields)
          : editDocument(meeting.id, { documentId, patch: fields }),
      () => {
        setEditing(undefined);
        onChanged();
      },
    );
  };
  const problemOf = (step: string) =>
    runner.problem?.step === step ? runner.problem.problem.detail : undefined;
  return (
    <section className="panel-card documents-panel" aria-labelledby="documents-heading">
      <h2 className="panel-card__title" id="documents-heading">
        Documents
        <span className="panel-card__count" data-testid="documents-count">
          {meeting.documents.length}
        </span>
      </h2>
      {meeting.documents.length === 0 && (
        <p className="panel-card__note">No contribution is registered yet.</p>
      )}
      <ol className="documents-panel__list" data-testid="documents-list">
        {meeting.documents.map((document) => (
          <li
            key={document.documentId}
            className="documents-panel__item"
            data-testid="document-item"
          >
            {editing === document.documentId ? (
              <DocumentForm
                initial={document}
                submitLabel="Save"
                busy={runner.busy === document.documentId}
                problem={problemOf(document.documentId)}
                onSubmit={(fields) => {
                  save(document.documentId, fields, document.documentId);
                }}
                onCancel={() => {
                  setEditing(undefined);
                }}
              />
            ) : (
              <>
                {document.href === '' ? (
                  <span className="documents-panel__label">{document.label}</span>
                ) : (
                  <a
                    className="documents-panel__label"
                    href={document.href}
                    target="_blank"
                    rel="noreferrer noopener"
                  >
                    {document.label}
                  </a>
                )}
                <span className="documents-panel__title">{document.title}</span>
                <span className="documents-panel__source">{document.source}</span>
                {mayEdit && (
                  <button
                    type="button"
                    className="button button--outline button--small documents-panel__edit"
                    aria-label={`Correct ${document.label}`}
                    onClick={() => {
                      setEditing(document.documentId);
                    }}
                  >
                    Correct
                  </button>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      {mayEdit && (
        <details className="documents-panel__add">
          <summary>Add a document</summary>
          <DocumentForm
            // A fresh, empty form once the document is in the list.
            key={meeting.documents.length}
            submitLabel="Add to the register"
            busy={runner.busy === 'add'}
            problem={problemOf('add')}
            onSubmit={(fields) => {
              save('add', fields);
            }}
          />
        </details>
      )}
      <DocumentSettingsForm
        meetingId={meeting.id}
        settings={meeting.documentSettings}
        mayChange={mayAct(facts, 'change-settings').allowed}
        onChanged={onChanged}
      />
    </section>
  );
}
