import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DRAFT_UPDATED, draftStream, type ServerOrigin } from '@rapporteur/draft-log';
import {
  DEFAULT_LINK_TEMPLATE,
  documentHref,
  meetingDecider,
  type MeetingCommand,
  type MeetingEvent,
  type Role,
} from '@rapporteur/domain';
import { importDocument } from '@rapporteur/editor-schema';
import { ConcurrencyError, type EventStore } from '@rapporteur/event-store';
import type { Accounts, User } from '../accounts/accounts.js';
import { citedDocuments, type CitedDocument } from '../drafts/cited-documents.js';
import { documentAsUpdate } from '../drafts/draft-update.js';
import { withSymbolLinks } from '../drafts/link-symbols.js';
import { meetingStream } from '../meetings/meeting-events.js';

export const DEMO_MEETING_ID = 'demo';
const FIXTURE = new URL('../../../../fixtures/cwg-wsis-sdg-34-summary.txt', import.meta.url);
const SYSTEM = { personId: 'system:demo', admin: true } as const;

/** The demo accounts, one per role, labelled as such in their names. */
export const DEMO_PEOPLE: readonly { role: Role; email: string; name: string }[] = [
  { role: 'chair', email: 'chair@demo.rapporteur', name: 'Demo Chair (Prof. Vladimir Minkin)' },
  {
    role: 'vice-chair',
    email: 'vice-chair@demo.rapporteur',
    name: 'Demo Vice-chair (Ms Aygun Ahmadova)',
  },
  {
    role: 'secretariat',
    email: 'secretariat@demo.rapporteur',
    name: 'Demo Secretariat (WSIS Secretariat)',
  },
  {
    role: 'delegate',
    email: 'delegate@demo.rapporteur',
    name: 'Demo Delegate (Mr Vincent Museminali)',
  },
];

export interface DemoAccount {
  readonly role: Role;
  readonly email: string;
  /** Undefined when the account was there already: its password was set before, not here. */
  readonly password: string | undefined;
}

/**
 * On first start, creates the demo meeting: the CWG-WSIS&SDG 34 summary imported as a structured
 * draft, with a demo account for each role whose password is generated here and returned once
 * (the caller prints it). Meeting and draft are written in one append, so a second instance
 * starting at the same time finds the meeting there and does nothing. Returns the accounts, or
 * undefined when the demo meeting exists already.
 */
export async function seedDemoMeeting(
  store: EventStore,
  accounts: Accounts,
): Promise<DemoAccount[] | undefined> {
  if ((await store.head(meetingStream(DEMO_MEETING_ID))) !== undefined) return undefined;
  const created: { person: User; role: Role; password: string | undefined }[] = [];
  for (const { role, email, name } of DEMO_PEOPLE) {
    // A data folder that lost its log but kept its accounts, or another instance seeding at the
    // same moment: the account is reused, and its password is not ours to show.
    const existing = await accounts.findByEmail(email);
    if (existing !== undefined) {
      created.push({ person: existing, role, password: undefined });
      continue;
    }
    const password = randomBytes(12).toString('base64url');
    try {
      created.push({ person: await accounts.create({ email, name, password }), role, password });
    } catch (error) {
      const raced = await accounts.findByEmail(email);
      if (raced === undefined) throw error;
      created.push({ person: raced, role, password: undefined });
    }
  }
  // Seeded as an import would leave it: every cited symbol a link, every contribution registered.
  const imported = importDocument(readFileSync(FIXTURE, 'utf8')).doc;
  const doc = withSymbolLinks(imported, (symbol) =>
    documentHref(DEFAULT_LINK_TEMPLATE, { symbol: symbol.base, revision: symbol.revision }),
  );
  const events = decideDemoMeeting(
    created.map(({ person, role }) => ({ person, role })),
    citedDocuments(imported),
  );
  const metadata = { actor: SYSTEM.personId, name: 'Rapporteur (demo import)', role: 'system' };
  try {
    await store.appendMany([
      {
        stream: meetingStream(DEMO_MEETING_ID),
        expectedRevision: 'no_stream',
        events: events.map((event) => ({ type: event.type, data: event.data, metadata })),
      },
      {
        stream: draftStream(DEMO_MEETING_ID),
        expectedRevision: 'no_stream',
        events: [
          {
            type: DRAFT_UPDATED,
            payload: documentAsUpdate(doc),
            metadata: { ...metadata, origin: 'import' satisfies ServerOrigin },
          },
        ],
      },
    ]);
  } catch (error) {
    if (error instanceof ConcurrencyError) return undefined;
    throw error;
  }
  return created.map(({ person, role, password }) => ({ role, email: person.email, password }));
}

function decideDemoMeeting(
  people: readonly { person: User; role: Role }[],
  cited: readonly CitedDocument[],
): MeetingEvent[] {
  const at = '2019-09-25T09:00:00.000Z';
  const details = ({ person }: { person: User }) => ({
    personId: person.id,
    name: person.name,
    email: person.email,
  });
  const chair = people.find(({ role }) => role === 'chair');
  if (chair === undefined) throw new Error('The demo needs a chair.');
  const commands: MeetingCommand[] = [
    {
      type: 'ScheduleMeeting',
      data: {
        meetingId: DEMO_MEETING_ID,
        title: 'Council Working Group on WSIS&SDG, 34th meeting',
        symbol: 'CWG-WSIS&SDG-34',
        date: '2019-09-25',
        chair: details(chair),
        at,
        by: SYSTEM,
      },
    },
    ...people
      .filter(({ role }) => role !== 'chair')
      .map((entry): MeetingCommand => ({
        type: 'InviteParticipant',
        data: { ...details(entry), role: entry.role, at, by: SYSTEM },
      })),
    // The agenda's title as the secretariat would correct it; the rest as the import reads them.
    ...cited.map((document, index): MeetingCommand => ({
      type: 'RegisterDocument',
      data: {
        ...document,
        ...(document.symbol === 'S19-CWGWSIS34-C-0001' && document.revision === 4
          ? { title: 'Draft agenda', source: 'Chairman' }
          : {}),
        documentId: `demo-document-${index + 1}`,
        at,
        by: { personId: chair.person.id },
      },
    })),
  ];
  let state = meetingDecider.initialState();
  const events: MeetingEvent[] = [];
  for (const command of commands) {
    for (const event of meetingDecider.decide(command, state)) {
      events.push(event);
      state = meetingDecider.evolve(state, event);
    }
  }
  return events;
}
