import { parseArgs } from 'node:util';
import type { EventStore } from '@rapporteur/event-store';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, type Accounts } from '../accounts/accounts.js';
import { MeetingCatalog } from '../meetings/meeting-catalog.js';
import { loadMeeting } from '../meetings/load-meeting.js';
import { anchorFormatProblem } from '../verification/log-anchor.js';
import { verifyMeeting } from '../verification/verify-meeting.js';

export interface CliContext {
  readonly accounts: Accounts;
  readonly store: EventStore;
  /** Standard input, read whole (the password, so that it never appears in a command line). */
  readonly readInput: () => Promise<string>;
  readonly print: (line: string) => void;
  /** How many days a token works when `--days` is not given (API_TOKEN_DAYS; default 90). */
  readonly tokenDays?: number;
}

export const USAGE = `Usage: npm run rapporteur -- <command>

  users create --email <email> --name <name> [--admin]   the password is read from standard input
  tokens create --email <email> [--name <label>]         prints a new API token, once; it works
                [--days <n>]                             for n days (default API_TOKEN_DAYS, 90)
  meetings list                                          every meeting, with its participants
  verify <meetingId>                                     recompute the meeting's hash chains and
                                                         every version's fingerprint; exit 1 if broken
  verify <meetingId> --expect <head>                     also fail unless the log still holds a head
                                                         written down earlier (printed by verify, with
                                                         versions and on exports): catches events cut off the end
  verify --all                                           the same for every stream and every meeting
                                                         (after restoring a backup)`;

/** A command line the CLI cannot run: the message says what to type instead. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Runs one command; returns normally on success, throws UsageError or the operation's error. */
export async function runCli(args: readonly string[], context: CliContext): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      admin: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      days: { type: 'string' },
      expect: { type: 'string' },
    },
  });
  const command = positionals.join(' ');
  if (positionals[0] === 'verify') {
    if (values.all) await verifyEverything(context);
    else await verifyCommand(positionals[1], values.expect, context);
    return;
  }
  switch (command) {
    case 'users create': {
      const { email, name } = required(values, ['email', 'name']);
      const password = (await context.readInput()).replace(/\r?\n$/, '');
      const user = await context.accounts.create({ email, name, password, admin: values.admin });
      context.print(
        `Created ${user.admin ? 'administrator' : 'user'} ${user.name} <${user.email}> (${user.id}).`,
      );
      return;
    }
    case 'tokens create': {
      const { email } = required(values, ['email']);
      const user = await context.accounts.findByEmail(email);
      if (user === undefined)
        throw new UsageError(`There is no account for ${email}; create it with "users create".`);
      const days = tokenDays(values.days, context.tokenDays ?? DEFAULT_TOKEN_DAYS);
      const token = await context.accounts.createToken(user.id, values.name ?? 'command line', {
        days,
      });
      context.print(
        `API token for ${user.email}, expires ${token.expiresAt.slice(0, 10)} (shown this once; send it as "Authorization: Bearer <token>"):`,
      );
      context.print(token.token);
      return;
    }
    case 'meetings list': {
      const catalog = await MeetingCatalog.open(context.store);
      try {
        for (const meeting of catalog.meetingsOf({ id: '', admin: true })) {
          context.print(
            `${meeting.meetingId}  ${meeting.symbol}  ${meeting.date}  ${meeting.title}  (${meeting.participants.size} participants)`,
          );
        }
      } finally {
        await catalog.close();
      }
      return;
    }
    default:
      throw new UsageError(command === '' ? USAGE : `Unknown command "${command}".\n\n${USAGE}`);
  }
}

function tokenDays(given: string | undefined, fallback: number): number {
  if (given === undefined) return fallback;
  const days = Number(given);
  if (!/^\d+$/.test(given) || days < 1 || days > MAX_TOKEN_DAYS)
    throw new UsageError(`--days must be a whole number of days from 1 to ${MAX_TOKEN_DAYS}.`);
  return days;
}

function required<K extends string>(
  values: Partial<Record<K, string | boolean | undefined>>,
  keys: readonly K[],
): Record<K, string> {
  const found = {} as Record<K, string>;
  for (const key of keys) {
    const value = values[key];
    if (typeof value !== 'string' || value.trim() === '')
      throw new UsageError(`--${key} is required.\n\n${USAGE}`);
    found[key] = value;
  }
  return found;
}

/** A broken link found by `verify`: the CLI prints the report, then exits with 1. */
export class VerificationFailed extends Error {
  override readonly name = 'VerificationFailed';
}

/** Every stream's chain, then every meeting's versions: what a restored backup must pass. */
async function verifyEverything(context: CliContext): Promise<void> {
  const streams = await context.store.verifyAll();
  if (streams.length === 0) {
    throw new VerificationFailed(
      'The log holds no events: this database is empty, or the restore did not bring them.',
    );
  }
  let broken = streams.filter((stream) => !stream.ok).length;
  for (const stream of streams)
    context.print(
      stream.ok
        ? `ok      ${stream.stream}: ${stream.revision + 1} events, chain hash ${stream.hash}`
        : `BROKEN  ${stream.stream}: first broken at revision ${stream.brokenAt}: ${stream.reason}`,
    );
  const catalog = await MeetingCatalog.open(context.store);
  try {
    const meetings = catalog.meetingsOf({ id: '', admin: true });
    for (const meeting of meetings) {
      const report = await verifyMeeting(context.store, meeting);
      for (const version of report.versions.filter((each) => !each.ok)) {
        broken += 1;
        context.print(
          `BROKEN  ${meeting.meetingId} version "${version.name}": ${version.problem ?? ''}`,
        );
      }
    }
    if (broken > 0) throw new VerificationFailed(`${broken} streams or versions do not verify.`);
    context.print(`${streams.length} streams and ${meetings.length} meetings verify.`);
  } finally {
    await catalog.close();
  }
}

async function verifyCommand(
  meetingId: string | undefined,
  expect: string | undefined,
  context: CliContext,
): Promise<void> {
  if (meetingId === undefined)
    throw new UsageError(`Which meeting? verify <meetingId>\n\n${USAGE}`);
  const badHead = expect === undefined ? undefined : anchorFormatProblem(expect);
  if (badHead !== undefined) throw new UsageError(`--expect: ${badHead}`);
  const { state } = await loadMeeting(context.store, meetingId);
  if (state.kind !== 'scheduled')
    throw new UsageError(`There is no meeting "${meetingId}"; "meetings list" shows them.`);
  const report = await verifyMeeting(context.store, state, expect === undefined ? {} : { expect });
  for (const stream of report.streams)
    context.print(
      stream.ok
        ? `ok      ${stream.stream}: ${stream.revision + 1} events, chain hash ${stream.hash}`
        : `BROKEN  ${stream.stream}: first broken at revision ${stream.brokenAt}: ${stream.reason}`,
    );
  for (const version of report.versions)
    context.print(
      version.ok
        ? `ok      version "${version.name}" at revision ${version.draftRevision}`
        : `BROKEN  version "${version.name}": ${version.problem ?? ''}`,
    );
  const { anchor } = report;
  if (anchor !== undefined)
    context.print(
      anchor.ok
        ? `ok      expected head ${anchor.expected}: in the log, ${anchor.eventsSince} events after it`
        : `BROKEN  expected head ${anchor.expected}: ${anchor.reason}`,
    );
  context.print(
    `head ${report.head} (write it down: verify --expect <head> checks nothing before it was removed)`,
  );
  if (!report.ok) throw new VerificationFailed(`Meeting ${meetingId} does not verify.`);
  context.print(`Meeting ${meetingId} verifies.`);
}
