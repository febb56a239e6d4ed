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
