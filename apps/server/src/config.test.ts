import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

describe('readConfig', () => {
  it('runs on SQLite in the data folder by default', () => {
    const config = readConfig({ DATA_DIR: '/tmp/rapporteur-data' });
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: 'sqlite:/tmp/rapporteur-data/rapporteur.sqlite',
      maxEventBytes: 1_048_576,
      shutdownDrainMs: 0,
    });
  });

  it('drains for SHUTDOWN_DRAIN_MS before stopping, within two minutes', () => {
    expect(readConfig({ SHUTDOWN_DRAIN_MS: '5000' }).shutdownDrainMs).toBe(5000);
    expect(() => readConfig({ SHUTDOWN_DRAIN_MS: '600000' })).toThrow(/SHUTDOWN_DRAIN_MS/);
  });

  it('gives API tokens 90 days unless API_TOKEN_DAYS says otherwise, within ten years', () => {
    expect(readConfig({}).apiTokenDays).toBe(90);
    expect(readConfig({ API_TOKEN_DAYS: '7' }).apiTokenDays).toBe(7);
    for (const days of ['0', '3651', '1.5', 'never'])
      expect(() => readConfig({ API_TOKEN_DAYS: days })).toThrow(/API_TOKEN_DAYS/);
  });

  it('lets administrators alone create meetings unless MEETING_CREATORS is everyone', () => {
    expect(readConfig({}).meetingCreators).toBe('administrators');
    expect(readConfig({ MEETING_CREATORS: 'everyone' }).meetingCreators).toBe('everyone');
    expect(() => readConfig({ MEETING_CREATORS: 'organisers' })).toThrow(/MEETING_CREATORS/);
  });

  it('reads LOG_FORMAT as json or pretty, and refuses anything else with a sentence', () => {
    expect(readConfig({}).logFormat).toBeUndefined();
    expect(readConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(readConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(() => readConfig({ LOG_FORMAT: 'text' })).toThrow(/LOG_FORMAT: must be json or pretty/);
  });

  it('says what a number setting counts, with an example, rather than zod’s "received NaN"', () => {
    const problem = (env: Record<string, string>) => {
      try {
        readConfig(env);
      } catch (error) {
        return error instanceof ConfigError ? error.message : 'not a ConfigError';
      }
      return 'accepted';
    };
    expect(problem({ INVITATION_DAYS: 'abc' })).toContain(
      'INVITATION_DAYS: must be a number of days, such as 7',
    );
    expect(problem({ INVITATION_DAYS: '400' })).toContain(
      'INVITATION_DAYS: must be 365 days or fewer',
    );
    expect(problem({ INVITATION_DAYS: '0' })).toContain('INVITATION_DAYS: must be more than 0');
    expect(readConfig({ INVITATION_DAYS: '0.5' }).invitationDays).toBe(0.5);
    expect(problem({ PORT: 'eighty' })).toContain('PORT: must be a port number, such as 3000');
    expect(problem({ PORT: '70000' })).toContain('PORT: must be a port from 0 to 65535');
    expect(problem({ API_TOKEN_DAYS: '1.5' })).toContain(
      'API_TOKEN_DAYS: must be a whole number of days, such as 90',
    );
    expect(problem({ MAX_EVENT_BYTES: '10' })).toContain(
      'MAX_EVENT_BYTES: must be from 1024 to 67108864',
    );
    expect(problem({ MAX_DRAFT_BYTES: 'lots' })).toContain(
      'MAX_DRAFT_BYTES: must be a number of bytes',
    );
    const everyNumber = Object.fromEntries(
      [
        'PORT',
        'MAX_HEAVY_READS',
        'METRICS_PORT',
        'SHUTDOWN_DRAIN_MS',
        'SOCKET_CONNECTION_BURST',
        'SOCKET_CONNECTIONS_PER_SECOND',
        'SOCKET_MESSAGE_BURST',
        'SOCKET_MESSAGES_PER_SECOND',
        'API_TOKEN_DAYS',
        'INVITATION_DAYS',
        'MAX_EVENT_BYTES',
        'SOCKET_PERSON_BYTE_BURST',
        'MAX_DRAFT_BYTES',
      ].map((name) => [name, 'abc']),
    );
    const message = problem(everyNumber);
    expect(message).not.toMatch(/NaN|expected number/);
    for (const name of Object.keys(everyNumber))
      expect(message).toMatch(new RegExp(`${name}: must be .*such as \\d`));
  });

  it('treats an empty variable as not set', () => {
    expect(readConfig({ DATA_DIR: '/tmp/d', DATABASE_URL: '', PORT: '' })).toMatchObject({
      port: 3000,
      databaseUrl: 'sqlite:/tmp/d/rapporteur.sqlite',
    });
  });

  it('takes PostgreSQL from DATABASE_URL', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://db/rapporteur' }).databaseUrl).toBe(
      'postgres://db/rapporteur',
    );
  });

  it('names every setting it cannot use', () => {
    expect(() => readConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT[\s\S]*DATABASE_URL: must start with sqlite: or postgres:\/\//,
    );
  });

  it('joins other instances through Redis only when REDIS_URL is set', () => {
    expect(readConfig({}).redis).toBeUndefined();
    expect(readConfig({ REDIS_URL: 'redis://cache:6379' }).redis).toEqual({
      url: 'redis://cache:6379',
      prefix: 'rapporteur:',
    });
    expect(() => readConfig({ REDIS_URL: 'http://cache' })).toThrow(
      /REDIS_URL: must start with redis:\/\//,
    );
  });

  it('reads socket limits that differ from the defaults, and only those', () => {
    expect(readConfig({})).toMatchObject({ trustProxy: false, socketLimits: {} });
    expect(readConfig({ TRUST_PROXY: 'true', SOCKET_MESSAGES_PER_SECOND: '5000' })).toMatchObject({
      trustProxy: true,
      socketLimits: { messagesPerSecond: 5000 },
    });
    expect(() => readConfig({ SOCKET_CONNECTION_BURST: '0' })).toThrow(/SOCKET_CONNECTION_BURST/);
  });

  it('budgets stored update bytes per person and per draft, with a draft size limit', () => {
    expect(readConfig({}).byteLimits).toEqual({
      personByteBurst: 4 * 1024 * 1024,
      personBytesPerSecond: 65_536,
      draftByteBurst: 8 * 1024 * 1024,
      draftBytesPerSecond: 262_144,
      maxDraftBytes: 64 * 1024 * 1024,
    });
    expect(
      readConfig({ SOCKET_PERSON_BYTES_PER_SECOND: '1000', MAX_DRAFT_BYTES: '5000000' }).byteLimits,
    ).toMatchObject({ personBytesPerSecond: 1000, maxDraftBytes: 5_000_000 });
    expect(() => readConfig({ MAX_DRAFT_BYTES: '0' })).toThrow(/MAX_DRAFT_BYTES/);
  });

  it('refuses a byte burst smaller than the largest message, which could then never be stored', () => {
    expect(() => readConfig({ SOCKET_DRAFT_BYTE_BURST: '1000' })).toThrow(
      /SOCKET_DRAFT_BYTE_BURST: must be at least MAX_EVENT_BYTES/,
    );
  });
});
