import { DRAFT_FIELD, rapporteurExtensions } from '@rapporteur/editor-schema';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useRef, type ReactElement, type ReactNode } from 'react';

import type { CollabSession, CollabUser } from '../collab/collab-session.js';
import { Toolbar } from './toolbar.js';
import './draft.css';
import './numbered-paragraphs.css';
import './draft-tables.css';
import './carets.css';

interface DraftEditorProps {
  readonly session: CollabSession;
  readonly user: CollabUser;
  /** The meeting's heading, printed on the sheet above the draft. */
  readonly masthead: ReactNode;
}

/**
 * The shared draft: the one extension list of the schema package, bound to the session's Yjs
 * document, with everyone's caret. Built once per session; a new name reaches the carets
 * through awareness, so renaming does not rebuild the editor.
 */
export function DraftEditor({ session, user, masthead }: DraftEditorProps): ReactElement {
  const initialUser = useRef(user);
  const editor = useEditor(
    {
      extensions: [
        ...rapporteurExtensions(),
        Collaboration.configure({ document: session.doc, field: DRAFT_FIELD }),
        CollaborationCaret.configure({
          provider: session.provider,
          user: { ...initialUser.current },
        }),
      ],
      editorProps: {
        // Keep the cursor clear of the sticky top bar and toolbar when typing scrolls the page.
        scrollThreshold: { top: 140, bottom: 80, left: 0, right: 0 },
        scrollMargin: { top: 140, bottom: 80, left: 0, right: 0 },
        attributes: {
          class: 'draft',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': 'Summary draft',
          'data-testid': 'editor',
          spellcheck: 'true',
        },
      },
    },
    [session],
  );

  return (
    <div className="draft-editor">
      <div className="draft-editor__toolbar">
        <Toolbar editor={editor} />
      </div>
      <article className="sheet">
        {masthead}
        <EditorContent editor={editor} className="sheet__body" />
      </article>
    </div>
  );
}
