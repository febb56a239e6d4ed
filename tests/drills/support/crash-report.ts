/**
 * The readable part of a crashed process's output: its last lines without the deeply indented
 * object dumps (a pg error prints its whole client), so the error and its stack stay in view.
 */
export function crashReport(log: string, maxChars = 4_000): string {
  return log
    .slice(-60_000)
    .split('\n')
    .filter((line) => !/^ {5,}/.test(line))
    .join('\n')
    .slice(-maxChars);
}
