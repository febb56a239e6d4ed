/**
 * A writer to be killed: appends in a loop (single events, batches, and two-stream appends) and
 * prints the ids of each append once it has returned, so the test knows what was acknowledged.
 * Run as: node --import tsx append-forever.ts '<location as JSON>'
 */
import { createEventStore } from '../src/index.js';

const location = JSON.parse(process.argv[2] ?? '{}') as { url: string; schema?: string };
const store = await createEventStore(location);

for (let round = 0; ; round += 1) {
  const id = (part: string): string => `r${round}-${part}`;
  switch (round % 3) {
    case 0:
      await store.append('draft-1', [
        { eventId: id('a'), type: 'DraftUpdated', payload: new Uint8Array([round % 256]) },
      ]);
      process.stdout.write(`${id('a')}\n`);
      break;
    case 1:
      await store.append(
        'draft-1',
        [0, 1, 2, 3].map((n) => ({
          eventId: id(`b${n}`),
          type: 'DraftUpdated',
          payload: new Uint8Array([n]),
        })),
      );
      process.stdout.write(`${[0, 1, 2, 3].map((n) => id(`b${n}`)).join(' ')}\n`);
      break;
    default:
      await store.appendMany([
        {
          stream: 'meeting-1',
          events: [{ eventId: id('m'), type: 'VersionNamed', data: { round } }],
        },
        {
          stream: 'draft-1',
          events: [{ eventId: id('d'), type: 'DraftUpdated', payload: new Uint8Array([7]) }],
        },
      ]);
      process.stdout.write(`${id('m')} ${id('d')}\n`);
  }
}
