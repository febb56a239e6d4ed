/** One line of progress on stderr, with the time: the report alone goes to stdout. */
export function progress(line: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
}
