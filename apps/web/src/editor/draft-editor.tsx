import { DRAFT_FIELD, rapporteurExtensions } from '@rapporteur/editor-schema';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, type ReactElement, type ReactNode } from 'react';

import type { CollabSession, CollabUser } from '../collab/collab-session.js';
import { setSuggesting } from '../review/suggestion-mode.js';
import type { DraftReview } from '../review/use-draft-review.js';
import { watchCaretIdleness } from './caret-idleness.js';
import {
  registerKey,
  SymbolDecorations,
  symbolDecorationsKey,
  type RegisteredSymbol,
} from './symbol-decorations.js';
import { Toolbar } from './toolbar.js';
import './draft.css';
import './numbered-paragraphs.css';
import './cross-references.css';
import './draft-tables.css';
import './carets.css';
import './footnotes.css';

interface DraftEditorProps {
  readonly session: CollabSession;
  readonly user: CollabUser;
  /** The meeting's heading, printed on the sheet above the draft. */
  readonly masthead: ReactNode;
  /** False for someone who may only read, and once the server has closed the draft for good. */
  readonly editable: boolean;
  /** Shown in the toolbar's place when the person cannot edit: why, and what to do. */
  readonly banner: ReactNode;
  /** The review loop: its extensions, suggesting mode, its bar and the margin of cards. */
  readonly review?: DraftReview | undefined;
  /** The meeting's register: symbols in the text are shown linked to it, or flagged. */
  readonly documents?: readonly RegisteredSymbol[] | undefined;
}

const NO_DOCUMENTS: readonly RegisteredSymbol[] = [];
const NO_EXTENSIONS: DraftReview['extensions'] = [];

/** Whether a banner would show anything: with nothing to offer, there is no toolbar strip. */
function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

/**
 * The shared draft: the one extension list of the schema package, bound to the session's Yjs
 * document, with everyone's caret. Built once per session; a new role reaches the carets
 * through awareness, and editability is switched in place, so neither rebuilds the editor.
 * Read-only people get no toolbar: the banner says why, and without one there is no strip.
 */
export function DraftEditor({
  session,
  user,
  masthead,
  editable,
  banner,
  review,
  documents = NO_DOCUMENTS,
}: DraftEditorProps): ReactElement {
  const initialUser = useRef(user);
  // The plugin reads the register through this ref, so a new register redraws, not rebuilds.
  const register = useRef(new Map<string, RegisteredSymbol>());
  const initiallyEditable = useRef(editable);
  const reviewExtensions = review?.extensions ?? NO_EXTENSIONS;
  const caretIdleness = useMemo(() => watchCaretIdleness(session.provider.awareness), [session]);
  useEffect(() => caretIdleness.watch(), [caretIdleness]);
  const editor = useEditor(
    {
      editable: initiallyEditable.current,
      extensions: [
        ...rapporteurExtensions(),
        Collaboration.configure({ document: session.doc, field: DRAFT_FIELD }),
        CollaborationCaret.configure({
          provider: session.provider,
          user: { ...initialUser.current },
          render: caretIdleness.render,
        }),
        ...reviewExtensions,
        SymbolDecorations.configure({ register: () => register.current }),
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

  useEffect(() => {
    register.current = new Map(documents.map((d) => [registerKey(d.symbol, d.revision), d]));
    if (!editor.isDestroyed)
      editor.view.dispatch(editor.state.tr.setMeta(symbolDecorationsKey, 'register'));
  }, [editor, documents]);

  useEffect(() => {
    // Emits no update when unchanged; a role change while the draft is open lands here.
    if (editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  const suggesting = review?.suggesting === true && editable;
  useEffect(() => {
    setSuggesting(editor.view, suggesting);
  }, [editor, suggesting]);

  const formatting = review === undefined || review.formatting;
  const toolbar = editable || hasContent(banner);
  return (
    <div
      className={`draft-editor${editable ? '' : ' is-read-only'}${review === undefined ? '' : ' has-margin'}${toolbar ? '' : ' has-no-toolbar'}`}
    >
      {toolbar && (
        <div className="draft-editor__toolbar">
          {editable ? (
            <>
              {formatting ? (
                <Toolbar editor={editor} end={review?.controls(editor)} />
              ) : (
                <div className="review-bar">{review.controls(editor)}</div>
              )}
              {review?.notices}
            </>
          ) : (
            banner
          )}
        </div>
      )}
      <div className="draft-editor__page">
        <article className={`sheet${suggesting ? ' is-suggesting' : ''}`}>
          {masthead}
          <EditorContent editor={editor} className="sheet__body" />
        </article>
        {review?.margin(editor)}
      </div>
    </div>
  );
}
