/**
 * What the person who started the server needs (where it runs, the demo accounts, the setup
 * code), framed so that it stands out from the log lines above it. main.ts prints it last, once
 * the server is ready, so that nothing scrolls it away.
 *
 * The frame is a rule above and below, not side borders: the lines inside stay exactly as they
 * were (`  setup code: ...`, `  chair  email  password`), which scripts and tests read
 * (SETUP_CODE_LINE), and a password can be copied without a border glued to it.
 */
export function welcomeBox(parts: readonly string[]): string {
  const lines = parts
    .join('\n')
    .split('\n')
    .map((line) => line.trimEnd())
    // The parts come with their own blank lines around them: one between two parts is enough.
    .filter((line, index, all) => line !== '' || all[index - 1] !== '');
  while (lines[0] === '') lines.shift();
  while (lines.at(-1) === '') lines.pop();
  const width = Math.max(...lines.map((line) => line.length)) + 2;
  const rule = '━'.repeat(Math.min(Math.max(width, 40), 100));
  return ['', rule, ...lines, rule, '', ''].join('\n');
}
