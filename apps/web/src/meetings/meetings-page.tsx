import { useEffect, useState, type ReactElement } from 'react';

import type { Problem } from '../api/http.js';
import { LineIcon } from '../app/line-icon.js';
import { Link, navigate } from '../app/navigation.js';
import { meetingPath } from '../app/route.js';
import { TopBar } from '../app/top-bar.js';
import { useAccount } from '../identity/account-context.js';
import { formatMeetingDate, type MeetingSummary } from '../meeting/meeting-api.js';
import { NoRoleBadge, RoleBadge } from '../people/role-badge.js';
import { fetchMeetings } from './meetings-api.js';
import { arrangeMeetings, todayIso } from './meetings.js';
import { NewMeetingForm } from './new-meeting-form.js';
import './meetings-page.css';

type ListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly meetings: readonly MeetingSummary[] }
  | { readonly kind: 'failed'; readonly problem: Problem };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The meeting's day as a small calendar leaf: month over day, year below. */
function DateLeaf({ date }: { readonly date: string }): ReactElement {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return <span className="date-leaf date-leaf--plain">{date}</span>;
  return (
    <time className="date-leaf" dateTime={date} aria-label={formatMeetingDate(date)}>
      <span className="date-leaf__month">{MONTHS[Number(match[2]) - 1]}</span>
      <span className="date-leaf__day">{Number(match[3])}</span>
      <span className="date-leaf__year">{match[1]}</span>
    </time>
  );
}

function MeetingRow({ meeting }: { readonly meeting: MeetingSummary }): ReactElement {
  return (
    <li>
      <Link
        className="meeting-row"
        href={meetingPath(meeting.id)}
        data-meeting-id={meeting.id}
        data-testid="meeting-link"
      >
        <DateLeaf date={meeting.date} />
        <span className="meeting-row__text">
          <span className="meeting-row__symbol">{meeting.symbol}</span>
          <span className="meeting-row__title" title={meeting.title}>
            {meeting.title}
          </span>
        </span>
        <span className="meeting-row__role">
          {meeting.role === null ? (
            <NoRoleBadge label="Administrator" />
          ) : (
            <RoleBadge role={meeting.role} />
          )}
        </span>
        <LineIcon className="meeting-row__chevron" size={18} d="m9 6 6 6-6 6" />
      </Link>
    </li>
  );
}

function MeetingGroup({
  heading,
  meetings,
}: {
  readonly heading: string;
  readonly meetings: readonly MeetingSummary[];
}): ReactElement | null {
  if (meetings.length === 0) return null;
  return (
    <section className="meeting-group" aria-label={heading}>
      <h2 className="meeting-group__heading">{heading}</h2>
      <ul className="meeting-group__list">
        {meetings.map((meeting) => (
          <MeetingRow key={meeting.id} meeting={meeting} />
        ))}
      </ul>
    </section>
  );
}

function MeetingsList({ state }: { readonly state: ListState }): ReactElement {
  switch (state.kind) {
    case 'loading':
      return (
        <div className="meetings-list is-loading" aria-busy="true">
          {[0, 1, 2].map((index) => (
            <div key={index} className="meeting-row meeting-row--skeleton">
              <span className="skeleton date-leaf-skeleton" />
              <span className="meeting-row__text">
                <span className="skeleton skeleton--short" />
                <span className="skeleton" style={{ width: '70%' }} />
              </span>
            </div>
          ))}
        </div>
      );
    case 'failed':
      return (
        <div className="meetings-list meetings-list--empty" data-testid="meetings-list">
          <p className="meetings-empty__title">Your meetings could not be listed</p>
          <p className="meetings-empty__detail">{state.problem.detail}</p>
        </div>
      );
    case 'loaded': {
      if (state.meetings.length === 0) {
        return (
          <div className="meetings-list meetings-list--empty" data-testid="meetings-list">
            <svg
              className="meetings-empty__icon"
              viewBox="0 0 48 48"
              width="48"
              height="48"
              fill="none"
              aria-hidden="true"
            >
              <rect
                x="9"
                y="6"
                width="30"
                height="36"
                rx="3"
                stroke="currentColor"
                strokeWidth="2"
              />
              <path
                d="M16 16h16M16 22h16M16 28h10"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              />
            </svg>
            <p className="meetings-empty__title">No meetings yet</p>
            <p className="meetings-empty__detail">
              Create one with the form, or ask a meeting&rsquo;s chair or secretariat to invite you.
            </p>
          </div>
        );
      }
      const { upcoming, past } = arrangeMeetings(state.meetings, todayIso());
      return (
        <div className="meetings-list" data-testid="meetings-list">
          <MeetingGroup heading="Coming up" meetings={upcoming} />
          <MeetingGroup heading="Past meetings" meetings={past} />
        </div>
      );
    }
  }
}

/** `/`: the meetings you take part in, with your role in each, and a form to create one. */
export function MeetingsPage(): ReactElement {
  const { user } = useAccount();
  const [state, setState] = useState<ListState>({ kind: 'loading' });

  useEffect(() => {
    document.title = 'Your meetings · Rapporteur';
    const controller = new AbortController();
    fetchMeetings(controller.signal).then(
      (result) => {
        setState(
          result.ok
            ? { kind: 'loaded', meetings: result.value }
            : { kind: 'failed', problem: result.problem },
        );
      },
      () => {
        // Aborted: the page is gone.
      },
    );
    return () => {
      controller.abort();
    };
  }, []);

  const count = state.kind === 'loaded' ? state.meetings.length : undefined;
  return (
    <div className="app-shell">
      <TopBar />
      <main className="meetings-page">
        <header className="meetings-page__header">
          <h1 className="meetings-page__title">
            {user.admin ? 'Meetings' : 'Your meetings'}
            {count !== undefined && count > 0 && (
              <span className="meetings-page__count">{count}</span>
            )}
          </h1>
          <p className="meetings-page__lead">
            {user.admin
              ? 'Every meeting on this installation, with your role where you take part.'
              : 'The meetings you take part in, with your role in each. Open one to work on its summary.'}
          </p>
        </header>
        <div className="meetings-page__grid">
          <MeetingsList state={state} />
          <aside className="meetings-page__aside">
            {user.mayCreateMeetings ? (
              <NewMeetingForm
                onCreated={(meeting) => {
                  navigate(meetingPath(meeting.id));
                }}
              />
            ) : (
              <p className="meetings-page__lead" data-testid="meetings-created-by-administrators">
                An administrator creates meetings here and invites their participants.
              </p>
            )}
          </aside>
        </div>
      </main>
    </div>
  );
}
