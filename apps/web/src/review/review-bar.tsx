import type { ReactElement } from 'react';

import { EditorBanner } from '../editor/editor-banner.js';
import './review-bar.css';

interface ReviewBarProps {
  readonly mode: {
    readonly suggesting: boolean;
    /** False when the mode is not this person's to choose (a delegate, a draft under review). */
    readonly choosable: boolean;
    readonly onChoose: (mode: 'editing' | 'suggesting') => void;
  };
  readonly underReview: boolean;
  /** A delegate: may suggest and comment, never edit. */
  readonly suggestOnly: boolean;
  /** Why the last keystroke or click did nothing, or a refusal of the server. */
  readonly notice: string | undefined;
  readonly onComment: () => void;
}

/** Keeps the editor's selection: a click on the bar must not move focus out of the draft. */
const keepSelection = (event: { preventDefault: () => void }): void => {
  event.preventDefault();
};

/**
 * The review's strip above the draft: Editing or Suggesting, the Comment button, and what
 * suggesting mode means. While a version is under review everyone suggests, and it says so.
 */
export function ReviewBar({
  mode,
  underReview,
  suggestOnly,
  notice,
  onComment,
}: ReviewBarProps): ReactElement {
  const { suggesting, choosable, onChoose } = mode;
  return (
    <>
      <div className="review-bar" role="toolbar" aria-label="Review">
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
          className="button button--quiet button--small review-bar__comment"
          data-testid="comment-button"
          title="Comment on the selected words (Ctrl+Alt+M)"
          onMouseDown={keepSelection}
          onClick={onComment}
        >
          Comment
        </button>
        {suggesting && (
          <span
            className="review-bar__hint"
            title="Enter does nothing while suggesting: new paragraphs are not suggested yet."
          >
            {suggestOnly && !underReview
              ? 'Your typing becomes suggestions for the chair to decide. Enter does nothing here.'
              : 'Typing, Backspace and Delete become suggestions. Enter does nothing here.'}
          </span>
        )}
      </div>
      {underReview && (
        <EditorBanner icon="reading" testId="under-review-banner">
          This draft is under review: your typing becomes suggestions.
        </EditorBanner>
      )}
      {notice !== undefined && (
        <p className="review-bar__notice" role="status" data-testid="review-notice">
          {notice}
        </p>
      )}
    </>
  );
}
