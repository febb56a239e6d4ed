import { createEventStore } from '@rapporteur/event-store';
import { ConfigError, readConfig } from './config.js';
import { Accounts } from './accounts/accounts.js';
import { openAccountsDatabase } from './accounts/accounts-database.js';
import { describeSetupCode } from './auth/describe-setup-code.js';
import { describeDemoAccounts } from './demo/describe-demo-accounts.js';
import { seedDemoMeeting } from './demo/seed-demo-meeting.js';
import { chooseLogFormat, createLogger, readLogLevel } from './observability/logger.js';
import { openNamingTheSetting } from './open-sqlite-files.js';
import { startServer } from './server.js';
import { welcomeBox } from './welcome-box.js';

/** Boots Rapporteur: configuration, the event store, the server, and a clean shutdown. */
async function main(): Promise<void> {
  const config = readConfig();
  // JSON lines for machines, short lines in a terminal; the welcome box below stays plain text for
  // the person who started it.
  const logger = createLogger({
    level: readLogLevel(),
    format: chooseLogFormat(config.logFormat, process.stdout.isTTY),
  });
  const store = await openNamingTheSetting(config, () =>
    createEventStore({ url: config.databaseUrl, limits: { maxEventBytes: config.maxEventBytes } }),
  );
  const accounts = new Accounts(
    await openNamingTheSetting(config, () => openAccountsDatabase(config.databaseUrl)),
  );
  const demo = config.demoMeeting ? await seedDemoMeeting(store, accounts) : undefined;
  // Whoever reaches the port first must not become the administrator: the first one is created
  // with a code only the console shows (decision 26).
  const setupCode =
    (await accounts.countAdmins()) === 0 ? await accounts.setupCodes.issue() : undefined;
  const server = await startServer({
    store,
    accounts,
    port: config.port,
    host: config.host,
    maxMessageBytes: config.maxEventBytes,
    logger,
    ...(config.redis === undefined ? {} : { cluster: config.redis }),
    socketLimits: config.socketLimits,
    rooms: { byteLimits: config.byteLimits },
    trustProxy: config.trustProxy,
    apiTokenDays: config.apiTokenDays,
    invitationDays: config.invitationDays,
    meetingCreators: config.meetingCreators,
    maxHeavyReads: config.maxHeavyReads,
    ...(config.metricsPort === undefined ? {} : { metricsPort: config.metricsPort }),
  });
  const where = config.databaseUrl.startsWith('sqlite:') ? config.databaseUrl : 'PostgreSQL';
  const port = new URL(server.url).port;
  logger.info(
    {
      port: Number(port),
      database: store.dialect,
      ...(server.metricsUrl === undefined ? {} : { metrics: `${server.metricsUrl}/metrics` }),
    },
    'listening',
  );
  // Last, after every start-up log line: the passwords and the code are shown this once.
  process.stdout.write(
    welcomeBox([
      ...(demo === undefined ? [] : [describeDemoAccounts(demo)]),
      ...(setupCode === undefined
        ? []
        : [describeSetupCode(setupCode, `http://localhost:${port}/`)]),
      // Last: scripts wait for this line, and read the lines above once it has come.
      `Rapporteur is running: open http://localhost:${port}/meetings/demo (data: ${where})`,
    ]),
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: saving open drafts and stopping.\n`);
    logger.info({ signal }, 'stopping');
    void server
      .close({ drainMs: config.shutdownDrainMs })
      .then(() => store.close())
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  process.stderr.write(`Rapporteur could not start: ${message}\n`);
  process.exit(1);
});
