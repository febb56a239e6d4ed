import { CLOSE_CODES } from '@rapporteur/collab';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { SESSION_COOKIE } from '../auth/auth-context.js';
import { createLogger } from '../observability/logger.js';
import { chairedMeetingEachTest } from '../testing/chaired-meeting.js';
import { createPerson } from '../testing/meeting-fixtures.js';
import { closeFor } from '../testing/collab-client.js';

const MEETING = 'cwg-34';

/** Opens a raw socket and resolves with how the server closed it. */
function closeOf(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('error', reject);
    socket.once('close', (code: number, reason: Buffer) => {
      resolve({ code, reason: reason.toString() });
    });
  });
}

describe('sockets the server refuses', () => {
  const warnings: string[] = [];
  const meeting = chairedMeetingEachTest(MEETING, {
    logger: createLogger({ level: 'warn', destination: { write: (line) => warnings.push(line) } }),
  });
  const socketsUrl = () => `${meeting.running.url.replace(/^http/, 'ws')}/collab`;

  it('closes a socket whose session cookie is malformed as signed out, and logs no error', async () => {
    warnings.splice(0);
    const closed = await closeOf(`${socketsUrl()}/${MEETING}`, {
      cookie: `${SESSION_COOKIE}=%E0%A4%A`,
      origin: meeting.running.url,
    });
    expect(closed).toEqual(closeFor('unauthenticated'));
    expect(warnings).toEqual([]);
  });

  it('tells a person who is not a participant the same for a meeting that exists and one that does not', async () => {
    const outsider = await createPerson(meeting.running.accounts, {
      email: 'outsider@example.org',
      name: 'Outsider',
    });
    const existing = await closeOf(`${socketsUrl()}/${MEETING}?token=${outsider.token}`);
    const missing = await closeOf(`${socketsUrl()}/no-such-meeting?token=${outsider.token}`);
    expect(existing).toEqual(missing);
    expect(existing.code).toBe(CLOSE_CODES.forbidden.code);
    expect(CLOSE_CODES.forbidden.retry).toBe(false);
  });
});
