import { validateDocument } from '@rapporteur/editor-schema';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli.js';
import { freezableMeetingEachTest } from '../testing/freezable-meeting.js';

const MEETING = 'cwg-34';

describe('a meeting whose draft nobody has typed in', () => {
  const meeting = freezableMeetingEachTest(MEETING);

  it('reads as an empty document', async () => {
    const answer = await meeting.call('chair', '/draft');
    expect(answer.status).toBe(200);
    const draft = (await answer.json()) as { json: unknown; revision: number; head: number };
    expect(validateDocument(draft.json)).toEqual({ ok: true });
    expect(draft).toMatchObject({ json: { type: 'doc', content: [{ type: 'paragraph' }] } });
    expect(draft).toMatchObject({ revision: -1, head: -1 });
  });

  it('verifies, with no events on the draft stream, over the API and on the command line', async () => {
    const report = (await (await meeting.call('chair', '/verify')).json()) as {
      ok: boolean;
      streams: { stream: string; ok: boolean; revision?: number }[];
    };
    expect(report.ok).toBe(true);
    expect(report.streams[1]).toMatchObject({ stream: `draft-${MEETING}`, ok: true, revision: -1 });
    const printed: string[] = [];
    const { running } = meeting;
    await runCli(['verify', MEETING], {
      accounts: running.accounts,
      store: running.store,
      readInput: () => Promise.resolve(''),
      print: (line) => printed.push(line),
    });
    expect(
      printed.filter((line) => line.startsWith(`ok      draft-${MEETING}: 0 events`)),
    ).toHaveLength(1);
    expect(printed.at(-1)).toBe(`Meeting ${MEETING} verifies.`);
  });
});
