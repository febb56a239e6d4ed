import { ConfigError, type Config } from './config.js';

/**
 * Runs `open` (the event store, the accounts) and turns a failure to open the SQLite file into a
 * sentence naming the setting that points at it: an unusable DATA_DIR (a file, a folder this
 * user may not write, a file that is not a database) used to end in a raw SqliteError stack.
 * PostgreSQL's failures pass through as they are.
 */
export async function openNamingTheSetting<T>(config: Config, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    if (!config.databaseUrl.startsWith('sqlite:')) throw error;
    const file = config.databaseUrl.slice('sqlite:'.length);
    const why = error instanceof Error ? error.message : String(error);
    const setting = config.databaseSetting;
    const value = setting === 'DATA_DIR' ? config.dataDir : config.databaseUrl;
    throw new ConfigError(
      `${setting} "${value}" cannot be used: opening the SQLite file ${file} failed (${why}). ` +
        `Point ${setting} at ${setting === 'DATA_DIR' ? 'a folder' : 'a file in a folder'} this user can write (a missing folder is created), ` +
        'and move away any file there that is not a Rapporteur database.',
      { cause: error },
    );
  }
}
