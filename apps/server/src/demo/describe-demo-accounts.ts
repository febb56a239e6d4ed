import type { DemoAccount } from './seed-demo-meeting.js';

/** The one time the demo passwords are shown: printed when the demo meeting is created. */
export function describeDemoAccounts(accounts: readonly DemoAccount[]): string {
  const width = Math.max(...accounts.map((account) => account.email.length));
  const lines = accounts.map(
    (account) =>
      `  ${account.role.padEnd(12)} ${account.email.padEnd(width)}  ${account.password ?? '(an existing account: its password is unchanged)'}`,
  );
  return [
    'Created the demo meeting from the CWG-WSIS&SDG 34 summary, with a demo account for each role.',
    'Their passwords are shown this once (they are stored only as hashes):',
    ...lines,
    '',
  ].join('\n');
}
