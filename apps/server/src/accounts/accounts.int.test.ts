import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccountInputError, Accounts } from './accounts.js';
import { openAccountsDatabase } from './accounts-database.js';

/** Where to run: a SQLite file always; PostgreSQL when TEST_DATABASE_URL is set (and CI requires it). */
function databases(): { name: string; url: string; schema?: string }[] {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-accounts-'));
  process.on('exit', () => {
    rmSync(folder, { recursive: true, force: true });
  });
  const targets: { name: string; url: string; schema?: string }[] = [
    { name: 'sqlite', url: `sqlite:${join(folder, 'accounts.sqlite')}` },
  ];
  const postgres = process.env.TEST_DATABASE_URL;
  if (postgres !== undefined && postgres !== '')
    targets.push({
      name: 'postgres',
      url: postgres,
      schema: `accounts_${Date.now().toString(36)}`,
    });
  else if (process.env.CI === 'true')
    throw new Error('CI must run the PostgreSQL suite: set TEST_DATABASE_URL.');
  return targets;
}

describe.each(databases())('accounts on $name', ({ url, schema }) => {
  it('keeps users, sessions and tokens, and stores no secret in clear', async () => {
    const database = await openAccountsDatabase(url, schema === undefined ? {} : { schema });
    try {
      const accounts = new Accounts(database);
      const user = await accounts.create({
        email: 'Chair@ITU.example',
        name: 'Vladimir Minkin',
        password: 'a long enough passphrase',
        admin: true,
      });
      expect(user).toMatchObject({ email: 'chair@itu.example', admin: true });
      await expect(
        accounts.create({
          email: 'chair@itu.example',
          name: 'Again',
          password: 'a long enough passphrase',
        }),
      ).rejects.toThrow(AccountInputError);
      expect(await accounts.verify('chair@itu.example', 'a long enough passphrase')).toMatchObject({
        id: user.id,
      });
      expect(await accounts.verify('chair@itu.example', 'wrong')).toBeUndefined();
      const session = await accounts.openSession(user.id);
      expect(await accounts.userForSession(session.id)).toMatchObject({ id: user.id });
      const { id, token } = await accounts.createToken(user.id, 'bot');
      expect(await accounts.userForToken(token)).toMatchObject({ id: user.id });
      expect(await accounts.revokeToken(user.id, id)).toBe(true);
      expect(await accounts.userForToken(token)).toBeUndefined();
      const stored =
        JSON.stringify(await database.selectFrom('users').selectAll().execute()) +
        JSON.stringify(await database.selectFrom('sessions').selectAll().execute()) +
        JSON.stringify(await database.selectFrom('api_tokens').selectAll().execute());
      for (const secret of ['a long enough passphrase', session.id, token])
        expect(stored).not.toContain(secret);
      expect(await accounts.countAdmins()).toBe(1);
    } finally {
      if (schema !== undefined)
        await database.schema.dropSchema(schema).ifExists().cascade().execute();
      await database.destroy();
    }
  });
});
