import type { ReactElement } from 'react';

import { EditorBanner } from '../editor/editor-banner.js';
import './review-bar.css';

/** Keeps the editor's selection: a click on the bar must not move focus out of the draft. */
const keepSelection = (event: { preventDefault: () => void }): void => {
  event.preventDefault();
};

/**
 * Editing or Suggesting, and the Comment button (Ctrl+Alt+M). While suggesting it says what the
 * mode does; when the mode is not this person's to choose (a delegate, a draft under review), it
 * shows it without a switch.
 */
export function ReviewControls({
  mode,
  suggestOnly,
  onComment,
}: {
  readonly mode: {
    readonly suggesting: boolean;
    readonly choosable: boolean;
    readonly onChoose: (mode: 'editing' | 'suggesting') => void;
  };
  /** A delegate: may suggest and comment, never edit. */
  readonly suggestOnly: boolean;
  readonly onComment: () => void;
}): ReactElement {
  const { suggesting, choosable, onChoose } = mode;
  return (
    <div className="review-controls" role="group" aria-label="Review">
      {choosable ? (
        <div className="review-mode" role="group" aria-label="Mode">
          {(['editing', 'suggesting'] as const).map((choice) => (
            <button
              key={choice}
              type="button"
              className="review-mode__option"
              aria-pressed={suggesting === (choice === 'suggesting')}
              data-testid={`mode-${choice}`}
              title={
                choice === 'editing'
                  ? 'Type straight into the draft'
                  : 'Your typing becomes suggestions the chair or a vice-chair accepts or rejects'
              }
              onMouseDown={keepSelection}
              onClick={() => {
                onChoose(choice);
              }}
            >
              {choice === 'editing' ? 'Editing' : 'Suggesting'}
            </button>
          ))}
        </div>
      ) : (
        <span className="review-mode__fixed" data-testid="mode-fixed">
          Suggesting
        </span>
      )}
      <button
        type="button"
        className="button button--quiet button--small review-controls__comment"
        data-testid="comment-button"
        title="Comment on the selected words (Ctrl+Alt+M)"
        onMouseDown={keepSelection}
        onClick={onComment}
      >
        Comment
      </button>
      {suggesting && (
        <span
          className="review-controls__hint"
          title="Enter does nothing while suggesting: new paragraphs are not suggested yet."
        >
          {suggestOnly
            ? 'Your typing becomes suggestions for the chair to decide. Enter does nothing here.'
            : 'Typing, Backspace and Delete become suggestions. Enter does nothing here.'}
        </span>
      )}
    </div>
  );
}

/** Under the toolbar: that the draft is under review, and why the last step did nothing. */
export function ReviewNotices({
  underReview,
  notice,
}: {
  readonly underReview: boolean;
  /** Why the last keystroke or click did nothing, or a refusal of the server. */
  readonly notice: string | undefined;
}): ReactElement {
  return (
    <>
      {underReview && (
        <EditorBanner icon="reading" testId="under-review-banner">
          This draft is under review: your typing becomes suggestions.
        </EditorBanner>
      )}
      {notice !== undefined && (
        <p className="review-notice" role="status" data-testid="review-notice">
          {notice}
        </p>
      )}
    </>
  );
}
