import type { Role } from '@rapporteur/domain';
import type { ReactElement } from 'react';

import { FormAlert } from '../app/form-alert.js';
import { LoadingLines } from '../app/loading-lines.js';
import { ActivityChart } from './activity-chart.js';
import { pointChoices } from './draft-points.js';
import { indexPeople } from './history-people.js';
import { HistoryTimeline } from './history-timeline.js';
import { HistoryTools } from './history-tools.js';
import type { HistoryState } from './use-history.js';
import { editEntries } from './timeline-merge.js';
import './history-panel.css';

/** The panel's cards while the first page of the timeline is on its way. */
function LoadingCards(): ReactElement {
  return (
    <LoadingLines
      as="section"
      className="panel-card history-loading"
      label="Loading the history"
      lines={4}
    />
  );
}

/**
 * The History tab of the side panel: ways to review the draft, the activity chart and the
 * timeline. Choosing an entry, a comparison or the author colours changes what the document's
 * place shows; the live editor stays open underneath.
 */
export function HistoryPanel({
  meetingId,
  role,
  history,
}: {
  readonly meetingId: string;
  readonly role: Role | null;
  readonly history: HistoryState;
}): ReactElement {
  const { timeline, view, show } = history;
  const { page, problem } = timeline;
  if (page === undefined) {
    return (
      <div className="history-panel" data-testid="history-panel">
        {problem === undefined ? (
          <LoadingCards />
        ) : (
          <section className="panel-card history-problem">
            <FormAlert testId="history-problem">{problem.detail}</FormAlert>
            <button
              type="button"
              className="button button--quiet button--small history-problem__retry"
              onClick={timeline.refresh}
            >
              Try again
            </button>
          </section>
        )}
      </div>
    );
  }

  const clock = { now: new Date() };
  const people = indexPeople(page.people);
  const entries = editEntries(page.items);
  const shown = view.kind === 'revision' ? view.revision : undefined;
  return (
    <div className="history-panel" data-testid="history-panel">
      <HistoryTools
        meetingId={meetingId}
        role={role}
        view={view}
        choices={pointChoices({
          sessions: page.items.filter((item) => item.kind === 'session'),
          versions: history.versions,
          original: page.original,
          clock,
        })}
        onShow={show}
        onVersionNamed={history.versionNamed}
      />
      <section className="panel-card" aria-labelledby="activity-heading">
        <h2 className="panel-card__title" id="activity-heading">
          Activity
        </h2>
        <ActivityChart activity={page.activity} people={people} />
      </section>
      <section className="panel-card history-timeline" aria-labelledby="timeline-heading">
        <h2 className="panel-card__title" id="timeline-heading">
          Timeline
          {page.revision >= 0 && (
            <span className="panel-card__count" title="The draft's latest revision">
              Rev. {page.revision}
            </span>
          )}
        </h2>
        {problem !== undefined && (
          <div className="history-timeline__problem">
            <FormAlert>{problem.detail}</FormAlert>
          </div>
        )}
        {entries.length === 0 && (
          <p className="history-empty">No edits yet. Each session of writing appears here.</p>
        )}
        <HistoryTimeline
          items={page.items}
          people={people}
          clock={clock}
          isSelected={(entry) => shown === entry.toRevision}
          onChoose={(entry) => {
            show({ kind: 'revision', revision: entry.toRevision, focus: entry.sections[0] });
          }}
          more={{
            available: page.nextCursor !== null,
            loading: timeline.loadingMore,
            problem: timeline.moreProblem,
            load: timeline.loadMore,
          }}
        />
      </section>
    </div>
  );
}
