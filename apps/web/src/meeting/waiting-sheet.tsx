import type { ReactElement } from 'react';

/**
 * The sheet with its heading, waiting for the draft (or without one, for a non-participant).
 * While waiting, an empty strip keeps the toolbar's place so that the sheet does not jump when
 * the draft opens; someone who will get no draft gets no strip.
 */
export function WaitingSheet({
  masthead,
  children,
}: {
  readonly masthead: ReactElement;
  readonly children?: ReactElement;
}): ReactElement {
  return (
    <div className={`draft-editor${children === undefined ? ' is-waiting' : ' has-no-toolbar'}`}>
      {children === undefined && (
        <div className="draft-editor__toolbar draft-editor__toolbar--placeholder" />
      )}
      <article className="sheet">
        {masthead}
        {children ?? <div className="sheet__placeholder" />}
      </article>
    </div>
  );
}

/** On the sheet of a meeting this person may open but takes no part in: how to join it. */
export function NotAParticipantMessage({
  manages,
}: {
  /** Whether the participants panel is beside the sheet (the administrator's case). */
  readonly manages: boolean;
}): ReactElement {
  return (
    <div className="sheet__message" data-testid="not-a-participant">
      <h2 className="sheet__message-title">You do not take part in this meeting</h2>
      <p className="sheet__message-detail">
        {manages
          ? 'As the administrator you can set up who takes part, in the panel beside this page. To read or write the draft, invite yourself.'
          : 'Ask its chair or its secretariat to invite you.'}
      </p>
    </div>
  );
}
