import { text } from 'node:stream/consumers';
import { createEventStore } from '@rapporteur/event-store';
import { AccountInputError, Accounts } from '../accounts/accounts.js';
import { openAccountsDatabase } from '../accounts/accounts-database.js';
import { ConfigError, readConfig } from '../config.js';
import { runCli, UsageError, VerificationFailed } from './cli.js';

/** `npm run rapporteur -- <command>`: administration on the same data as the server. */
async function main(): Promise<void> {
  const config = readConfig();
  const store = await createEventStore({ url: config.databaseUrl });
  const database = await openAccountsDatabase(config.databaseUrl);
  try {
    await runCli(process.argv.slice(2), {
      accounts: new Accounts(database),
      store,
      readInput: () => text(process.stdin),
      print: (line) => process.stdout.write(`${line}\n`),
      tokenDays: config.apiTokenDays,
    });
  } finally {
    await store.close();
    await database.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof VerificationFailed) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const known =
    error instanceof UsageError ||
    error instanceof AccountInputError ||
    error instanceof ConfigError;
  process.stderr.write(
    `${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(known ? 2 : 1);
});
