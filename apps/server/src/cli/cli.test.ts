import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingWith } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { runCli, UsageError } from './cli.js';

describe('the command line', () => {
  let running: TestServer;
  let printed: string[];
  const run = (args: string[], input = '') =>
    runCli(args, {
      accounts: running.accounts,
      store: running.store,
      readInput: () => Promise.resolve(input),
      print: (line) => printed.push(line),
    });
  beforeEach(async () => {
    running = await startTestServer();
    printed = [];
  });
  afterEach(() => running.close());

  it('creates an administrator with the password from standard input', async () => {
    await run(
      ['users', 'create', '--email', 'admin@itu.example', '--name', 'Ada Admin', '--admin'],
      'correct horse battery\n',
    );
    expect(printed[0]).toMatch(/^Created administrator Ada Admin <admin@itu.example>/);
    expect(
      await running.accounts.verify('admin@itu.example', 'correct horse battery'),
    ).toMatchObject({ admin: true });
  });

  it('creates an API token that opens the API', async () => {
    await run(
      ['users', 'create', '--email', 'bot@itu.example', '--name', 'Minutes bot'],
      'a long enough passphrase',
    );
    await run(['tokens', 'create', '--email', 'bot@itu.example']);
    const token = printed.at(-1)!;
    const response = await fetch(`${running.url}/api/session`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await response.json()).toMatchObject({ email: 'bot@itu.example' });
  });

  it('creates an API token for the days asked, saying until when it works', async () => {
    await run(
      ['users', 'create', '--email', 'bot@itu.example', '--name', 'Minutes bot'],
      'a long enough passphrase',
    );
    await run(['tokens', 'create', '--email', 'bot@itu.example', '--days', '7']);
    const expiry = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    expect(printed.join('\n')).toContain(`expires ${expiry}`);
    const user = await running.accounts.findByEmail('bot@itu.example');
    const [token] = await running.accounts.listTokens(user!.id);
    expect(token!.expiresAt.slice(0, 10)).toBe(expiry);
    await expect(
      run(['tokens', 'create', '--email', 'bot@itu.example', '--days', 'forever']),
    ).rejects.toThrow(/--days must be a whole number of days from 1 to 3650/);
  });

  it('lists every meeting', async () => {
    await run(
      ['users', 'create', '--email', 'chair@itu.example', '--name', 'Chair'],
      'a long enough passphrase',
    );
    const chair = await running.accounts.findByEmail('chair@itu.example');
    await meetingWith(running.store, 'cwg-34', { chair: chair! });
    await run(['meetings', 'list']);
    expect(printed.at(-1)).toBe(
      'cwg-34  CWG-WSIS&SDG-34  2019-09-25  CWG-WSIS&SDG 34  (1 participants)',
    );
  });

  it('verifies every stream and meeting with --all, and fails on an empty log', async () => {
    await expect(run(['verify', '--all'])).rejects.toThrow(/The log holds no events/);
    await run(
      ['users', 'create', '--email', 'chair@itu.example', '--name', 'Chair'],
      'a long enough passphrase',
    );
    const chair = await running.accounts.findByEmail('chair@itu.example');
    await meetingWith(running.store, 'cwg-34', { chair: chair! });
    await meetingWith(running.store, 'cwg-35', { chair: chair! });
    await run(['verify', '--all']);
    expect(printed.filter((line) => line.startsWith('ok '))).toHaveLength(2);
    expect(printed.at(-1)).toBe('2 streams and 2 meetings verify.');
  });

  it.each([
    [['users', 'create', '--name', 'No Email'], /--email is required/],
    [['tokens', 'create', '--email', 'nobody@itu.example'], /no account for nobody@itu.example/],
    [['frobnicate'], /Unknown command "frobnicate"/],
  ])('explains what to type instead of %j', async (args, message) => {
    await expect(run(args, 'a long enough passphrase')).rejects.toThrow(UsageError);
    await expect(run(args, 'a long enough passphrase')).rejects.toThrow(message);
  });
});
