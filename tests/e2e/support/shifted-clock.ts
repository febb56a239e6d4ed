// Preloaded into a Rapporteur process by tests only (NODE_OPTIONS=--import): moves the
// process's clock forward by the milliseconds written in the file SHIFTED_CLOCK_FILE names, so a
// test can record ten minutes of history without waiting ten minutes. The clock is the one
// edge tests may fake (house style); no server setting reaches this.
import { readFileSync, watchFile } from 'node:fs';

const file = process.env.SHIFTED_CLOCK_FILE ?? '';
const RealDate = Date;
let offset = 0;
const read = (): void => {
  try {
    offset = Number(readFileSync(file, 'utf8')) || 0;
  } catch {
    offset = 0;
  }
};
if (file !== '') {
  read();
  watchFile(file, { interval: 20, persistent: false }, read);
}

class ShiftedDate extends RealDate {
  constructor(...args: [] | [string | number | Date]) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(args[0]);
  }
  static override now(): number {
    return RealDate.now() + offset;
  }
}
globalThis.Date = ShiftedDate as DateConstructor;
