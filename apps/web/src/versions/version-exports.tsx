import type { ReactElement } from 'react';

import { changesUrl, exportUrl, type ExportFormat } from './versions-api.js';
import type { VersionRecord } from './version-record.js';
import './version-exports.css';

const FORMATS: readonly {
  readonly format: ExportFormat;
  readonly label: string;
  readonly title: string;
}[] = [
  { format: 'md', label: 'Markdown', title: 'Download as Markdown' },
  { format: 'html', label: 'HTML', title: 'Open as a page to read or print' },
  { format: 'docx', label: 'Word', title: 'Download as a Word document' },
  { format: 'pdf', label: 'PDF', title: 'Download as a PDF, laid out as the Word document' },
];

/**
 * The version as a file (Markdown, HTML, Word, PDF), with its cover and fingerprint, and what changed
 * since the version before it as a Word document with tracked changes. The first version is
 * compared with the draft as it began (revision 0).
 */
export function VersionExports({
  meetingId,
  version,
  previous,
}: {
  readonly meetingId: string;
  readonly version: VersionRecord;
  readonly previous: VersionRecord | undefined;
}): ReactElement {
  const since =
    previous === undefined
      ? version.draftRevision > 0
        ? { from: '0', label: 'Changes since the draft began (Word)' }
        : undefined
      : { from: previous.versionId, label: `Changes since “${previous.name}” (Word)` };
  return (
    <div className="version-fact version-exports">
      <span className="version-fact__label">Export</span>
      <span className="version-exports__value">
        <span className="version-exports__formats">
          {FORMATS.map(({ format, label, title }) => (
            <a
              key={format}
              className="version-exports__link"
              href={exportUrl(meetingId, { versionId: version.versionId, format })}
              title={title}
              data-testid={`export-${format}`}
              // The HTML export is a page to read or print; the others are files to keep.
              {...(format === 'html' ? { target: '_blank', rel: 'noopener' } : { download: '' })}
            >
              {label}
            </a>
          ))}
        </span>
        {since !== undefined && (
          <a
            className="version-exports__changes"
            href={changesUrl(meetingId, { from: since.from, to: version.versionId })}
            data-testid="export-changes"
            download=""
          >
            {since.label}
          </a>
        )}
      </span>
    </div>
  );
}
