import { useId, useState, type DragEvent, type ReactElement } from 'react';

import { ACCEPTED_FILES } from './import-formats.js';

/**
 * Where a file is chosen: a file chooser, and a zone a file can be dropped on. Hands over the
 * first file; which files the import reads is the dialog's to say.
 */
export function ImportDropZone({
  onFile,
  disabled,
}: {
  readonly onFile: (file: File) => void;
  readonly disabled: boolean;
}): ReactElement {
  const inputId = useId();
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file !== undefined && !disabled) onFile(file);
  };
  const onDragOver = (event: DragEvent) => {
    // Without preventDefault the browser opens the dropped file instead of handing it over.
    event.preventDefault();
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  return (
    <div
      className={`import-drop${over ? ' is-over' : ''}`}
      data-testid="import-drop-zone"
      onDragOver={onDragOver}
      onDragLeave={() => {
        setOver(false);
      }}
      onDrop={onDrop}
    >
      <p className="import-drop__lead">Drop a file here, or</p>
      <label className="button button--quiet" htmlFor={inputId}>
        Choose a file…
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept={ACCEPTED_FILES}
        disabled={disabled}
        data-testid="import-file-input"
        onChange={(event) => {
          take(event.currentTarget.files);
          // Choosing the same file again after an error should read it again.
          event.currentTarget.value = '';
        }}
      />
      <p className="import-drop__hint">
        Plain text (.txt), Markdown (.md) or Word (.docx). Typed paragraph numbers such as
        “8.2.1.1.” become numbered paragraphs.
      </p>
    </div>
  );
}
