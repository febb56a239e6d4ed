import { useState, type ReactElement } from 'react';

import { ImportDialog } from './import-dialog.js';

/**
 * On an empty draft, above its first line, for those who may edit: type, or start from a file.
 * It goes away by itself once the draft has text, whoever typed or imported it.
 */
export function EmptyDraftOffer({ meetingId }: { readonly meetingId: string }): ReactElement {
  const [open, setOpen] = useState(false);
  return (
    <aside className="empty-draft" data-testid="empty-draft" aria-label="Empty draft">
      <div className="empty-draft__text">
        <p className="empty-draft__lead">This draft is empty.</p>
        <p className="empty-draft__hint">
          Start typing below, or import the summary from a text, Markdown or Word file.
        </p>
      </div>
      <button
        type="button"
        className="button button--primary button--small"
        data-testid="import-button"
        onClick={() => {
          setOpen(true);
        }}
      >
        Import a document…
      </button>
      {open && (
        <ImportDialog
          meetingId={meetingId}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </aside>
  );
}
