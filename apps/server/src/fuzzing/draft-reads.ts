import { draftStream } from '@rapporteur/draft-log';
import type { EventStore } from '@rapporteur/event-store';

/** Where the draft is read from, and as whom (a person who may name versions). */
export interface DraftReader {
  readonly url: string;
  readonly meetingId: string;
  readonly token: string;
  readonly store: EventStore;
}

/**
 * Reads the draft the ways people read it after a fuzz round, and says what did not answer 200
 * (decision 23: nothing any role sends may break a read): the head, by time travel too; in full,
 * also the middle and first revisions, and a version named at the head exported as Markdown,
 * HTML and Word.
 */
export async function draftReadViolations(
  reader: DraftReader,
  at: { readonly round: number; readonly full: boolean },
): Promise<string[]> {
  const { round, full } = at;
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${reader.url}/api/meetings/${reader.meetingId}${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${reader.token}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
    });
  const head = (await reader.store.head(draftStream(reader.meetingId)))?.revision ?? -1;
  const paths = ['/draft'];
  if (head >= 0) {
    const revisions = full ? [head, Math.floor(head / 2), 0] : [head];
    for (const revision of new Set(revisions)) paths.push(`/draft?at=${revision}`);
  }
  if (head >= 0 && full) {
    const named = await call('/versions', {
      method: 'POST',
      body: JSON.stringify({ name: `After fuzz round ${round}` }),
    });
    if (named.status !== 201) return [`naming a version answered ${named.status}`];
    const { versionId } = (await named.json()) as { versionId: string };
    for (const format of ['md', 'html', 'docx'])
      paths.push(`/versions/${versionId}/export?format=${format}`);
  }
  const violations: string[] = [];
  for (const path of paths) {
    const answer = await call(path);
    await answer.arrayBuffer();
    if (answer.status !== 200)
      violations.push(`GET ${path} answered ${answer.status} after round ${round}, not 200`);
  }
  return violations;
}
