import type { ServerProcess } from '../servers/server-process.js';
import { median } from './stats.js';
import { sleep } from './wait.js';

/** The median of a few readings 100 ms apart, in KiB: RSS moves as the garbage collector runs. */
export async function sampleRss(server: ServerProcess): Promise<number> {
  const readings: number[] = [];
  for (let reading = 0; reading < 5; reading += 1) {
    readings.push(server.rssKiB());
    await sleep(100);
  }
  return median(readings);
}
