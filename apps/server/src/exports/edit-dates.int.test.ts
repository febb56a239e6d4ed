import { DRAFT_FIELD } from '@rapporteur/editor-schema';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiAs } from '../testing/api-call.js';
import { connectClient, type TestClient } from '../testing/collab-client.js';
import { blockText, draftHead, editUntilStored } from '../testing/draft-edits.js';
import { seatEveryone, type Seat, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = 'cwg-edit-dates';
const IMPORTED = [
  '1. Opening of the meeting',
  '1.1. The chair opened the meeting and welcomed the participants.',
  '2. Contributions',
  '2.1. Document C-0001 was presented by the secretariat.',
  '2.2. Document C-0002 was presented by the vice-chair.',
  '2.3. Document C-0003 was withdrawn.',
  '',
].join('\n');

/** A revision mark of the document: who, when, and the text it holds. */
interface Mark {
  readonly kind: 'ins' | 'del';
  readonly author: string;
  readonly date: string;
  readonly text: string;
}

function revisionMarks(docx: Uint8Array): Mark[] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
  const marks = xml.matchAll(
    /<w:(ins|del) w:id="\d+" w:author="([^"]*)" w:date="([^"]*)">([\s\S]*?)<\/w:\1>/g,
  );
  return [...marks].map(([, kind, author, date, inner]) => ({
    kind: kind as Mark['kind'],
    author: author ?? '',
    date: date ?? '',
    text: [...(inner ?? '').matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((t) => t[1]).join(''),
  }));
}

describe('the tracked-changes DOCX dates each change with the edit that made it', () => {
  let running: TestServer;
  let now = Date.parse('2026-12-07T09:00:00.000Z');
  const people = new Map<Seat, TestPerson>();
  const clients = new Map<Seat, TestClient>();
  let imported = -1;
  const person = (seat: Seat) => people.get(seat)!;
  const head = () => draftHead(running.store, MEETING);
  /** Runs `edit` as `seat` at `time` on the log's clock, and waits until the log holds it. */
  const editAt = async (time: string, seat: Seat, edit: (client: TestClient) => void) => {
    now = Date.parse(time);
    await editUntilStored(running.store, MEETING, () => {
      edit(clients.get(seat)!);
    });
  };
  const append = (start: string, text: string) => (client: TestClient) => {
    const target = blockText(client, start);
    target.insert(target.length, text);
  };

  beforeAll(async () => {
    running = await startTestServer({}, { clock: () => new Date(now) });
    await seatEveryone(running, MEETING, people);
    await running.restart();
    const answer = await apiAs(running.url, person('secretariat').token)(
      `POST /meetings/${MEETING}/import`,
      IMPORTED,
    );
    expect(answer.status).toBe(201);
    imported = await head();
    for (const seat of ['chair', 'vice-chair'] as const) {
      const client = connectClient(running.url, MEETING, { token: person(seat).token });
      clients.set(seat, client);
      await client.synced;
    }
    // The vice-chair edits twice, forty minutes apart, in two paragraphs; the chair between.
    await editAt('2026-12-07T09:10:00.250Z', 'vice-chair', append('The chair opened', ' First.'));
    await editAt('2026-12-07T09:20:00.000Z', 'chair', append('Document C-0002', ' Agreed.'));
    await editAt('2026-12-07T09:50:00.000Z', 'vice-chair', append('Document C-0001', ' Second.'));
    await editAt('2026-12-07T10:05:00.000Z', 'vice-chair', (client) => {
      const fragment = client.doc.getXmlFragment(DRAFT_FIELD);
      const withdrawn = fragment
        .toArray()
        .findIndex((block) => JSON.stringify(block.toJSON()).includes('C-0003 was withdrawn'));
      fragment.delete(withdrawn, 1);
    });
  });

  afterAll(async () => {
    for (const client of clients.values()) client.destroy();
    await running.close();
  });

  it('gives two edits by one person at different times two different w:date values', async () => {
    now = Date.parse('2026-12-07T12:00:00.000Z');
    const response = await apiAs(
      running.url,
      person('delegate').token,
    )(`GET /meetings/${MEETING}/diff.docx?from=${imported}&to=head`);
    expect(response.status).toBe(200);
    const marks = revisionMarks(new Uint8Array(await response.arrayBuffer()));
    const vice = person('vice-chair').user.name;
    const chair = person('chair').user.name;
    const dateOf = (text: string) => marks.filter((mark) => mark.text.includes(text));
    expect(dateOf('First.').map((mark) => [mark.author, mark.date])).toEqual([
      [vice, '2026-12-07T09:10:00Z'],
    ]);
    expect(dateOf('Agreed.').map((mark) => [mark.author, mark.date])).toEqual([
      [chair, '2026-12-07T09:20:00Z'],
    ]);
    expect(dateOf('Second.').map((mark) => [mark.author, mark.date])).toEqual([
      [vice, '2026-12-07T09:50:00Z'],
    ]);
    // The removed paragraph, dated when it was removed.
    const removed = marks.filter((mark) => mark.kind === 'del');
    expect(removed.map((mark) => mark.text).join('')).toContain('C-0003 was withdrawn');
    expect(new Set(removed.map((mark) => `${mark.author} ${mark.date}`))).toEqual(
      new Set([`${vice} 2026-12-07T10:05:00Z`]),
    );
  });
});

describe('a cross-reference renumbered by an edit elsewhere is dated when the numbering changed', () => {
  let running: TestServer;
  let now = Date.parse('2026-12-07T09:00:00.000Z');
  const people = new Map<Seat, TestPerson>();
  let vice: TestClient;
  let chair: TestClient;
  let imported = -1;
  const head = () => draftHead(running.store, MEETING);
  const editAt = async (time: string, edit: () => void) => {
    now = Date.parse(time);
    const before = await head();
    edit();
    const deadline = Date.now() + 10_000;
    while ((await head()) <= before) {
      if (Date.now() > deadline) throw new Error('The edit was never stored.');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  beforeAll(async () => {
    running = await startTestServer({}, { clock: () => new Date(now) });
    await seatEveryone(running, MEETING, people);
    await running.restart();
    const text = [
      '1. Opening of the meeting',
      '1.1. The chair opened the meeting.',
      '2. Contributions',
      '2.1. Document C-0001 was presented.',
      '3. Conclusions',
      '3.1. The proposals accepted are reflected in section 2 above.',
      '',
    ].join('\n');
    const answer = await apiAs(running.url, people.get('secretariat')!.token)(
      `POST /meetings/${MEETING}/import`,
      text,
    );
    expect(answer.status).toBe(201);
    imported = await head();
    vice = connectClient(running.url, MEETING, { token: people.get('vice-chair')!.token });
    chair = connectClient(running.url, MEETING, { token: people.get('chair')!.token });
    await Promise.all([vice.synced, chair.synced]);
    // A section inserted before section 2 at 09:10: the reference now reads 3. A typo fixed
    // elsewhere at 09:40 is the range's last edit, and has nothing to do with it.
    await editAt('2026-12-07T09:10:00.000Z', () => {
      const fragment = vice.doc.getXmlFragment(DRAFT_FIELD);
      const at = fragment
        .toArray()
        .findIndex((block) => JSON.stringify(block.toJSON()).includes('Contributions'));
      const section = new Y.XmlElement('numberedParagraph');
      section.setAttribute('level', 1 as unknown as string);
      const words = new Y.XmlText();
      section.insert(0, [words]);
      vice.doc.transact(() => {
        fragment.insert(at, [section]);
        words.insert(0, 'Adoption of the agenda');
      });
    });
    await editAt('2026-12-07T09:40:00.000Z', () => {
      const target = blockText(chair, 'The chair opened');
      target.insert(target.length - 1, ' and welcomed everyone');
    });
  });

  afterAll(async () => {
    vice.destroy();
    chair.destroy();
    await running.close();
  });

  it('dates the reference’s new number with the insertion of the section, not the last edit', async () => {
    const response = await apiAs(
      running.url,
      people.get('delegate')!.token,
    )(`GET /meetings/${MEETING}/diff.docx?from=${imported}&to=head`);
    expect(response.status).toBe(200);
    const marks = revisionMarks(new Uint8Array(await response.arrayBuffer()));
    const byText = (text: string) =>
      marks
        .filter((mark) => mark.text === text)
        .map((mark) => `${mark.kind} ${mark.author} ${mark.date}`);
    expect(byText('2')).toEqual(['del Rapporteur 2026-12-07T09:10:00Z']);
    expect(byText('3')).toEqual(['ins Rapporteur 2026-12-07T09:10:00Z']);
    expect(marks.find((mark) => mark.text.includes('welcomed everyone'))?.date).toBe(
      '2026-12-07T09:40:00Z',
    );
  });
});
