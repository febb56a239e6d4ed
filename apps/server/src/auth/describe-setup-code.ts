/**
 * The lines the console shows while Rapporteur has no administrator: where to go and the code
 * to type there (decision 26). Plain text for the person who started the server; tests and
 * scripts find the code with `SETUP_CODE_LINE`.
 */
export function describeSetupCode(code: string, url: string): string {
  return [
    '',
    'Rapporteur has no administrator yet. To create the first one, open',
    `  ${url}`,
    'and enter this one-time setup code (it works until the administrator exists):',
    `  setup code: ${code}`,
    '',
    '',
  ].join('\n');
}

/** Finds the code in what the server printed: `SETUP_CODE_LINE.exec(output)?.[1]`. */
export const SETUP_CODE_LINE = /^ {2}setup code: ([0-9A-Z-]+)$/m;
