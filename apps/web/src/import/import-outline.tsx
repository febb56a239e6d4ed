import type { ReactElement } from 'react';

import { FormAlert } from '../app/form-alert.js';
import type { ImportPreview } from './import-api.js';
import './import-outline.css';

/**
 * What the import would make of the file, as a person checks it before importing: the title,
 * the numbered paragraphs indented by level with their opening words, and the importer's
 * warnings (each names its line in the file).
 */
export function ImportOutline({
  preview,
  fileName,
}: {
  readonly preview: ImportPreview;
  readonly fileName: string;
}): ReactElement {
  const { title, outline, paragraphs, warnings } = preview;
  return (
    <div className="import-outline" data-testid="import-preview">
      <p className="import-outline__file">{fileName}</p>
      <h3 className="import-outline__title" data-testid="import-preview-title">
        {title === '' ? <span className="import-outline__untitled">No title line</span> : title}
      </h3>
      <p className="import-outline__count" data-testid="import-preview-count">
        {paragraphs === 1 ? '1 numbered paragraph' : `${paragraphs} numbered paragraphs`}
        {warnings.length === 0
          ? ', read as written.'
          : `, ${warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`}.`}
      </p>
      {warnings.length > 0 && (
        <ul className="import-outline__warnings" data-testid="import-preview-warnings">
          {warnings.map((warning, index) => (
            <li key={index}>{warning}</li>
          ))}
        </ul>
      )}
      {outline.length === 0 ? (
        <FormAlert tone="info">
          The file has no numbered paragraphs (such as “8.2.1.”): it will be imported as plain
          paragraphs.
        </FormAlert>
      ) : (
        <ol className="import-outline__list" aria-label="Numbered paragraphs">
          {outline.map((entry) => (
            <li
              key={entry.number}
              className={`import-outline__entry import-outline__entry--level-${Math.min(entry.level, 4)}`}
              data-testid="import-outline-entry"
              data-number={entry.number}
            >
              <span className="import-outline__number">{entry.number}.</span>
              <span className="import-outline__text">{entry.text}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
