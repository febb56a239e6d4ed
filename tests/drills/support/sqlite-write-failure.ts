import Database from 'better-sqlite3';

const MESSAGE = 'drill: the disk refuses this write';

/**
 * Makes every append to a running server's SQLite log fail, from outside the server process:
 * a trigger on `events`, armed by a row in a table of the drill's own, aborts each insert (and
 * so the append's transaction) exactly as a full disk or an I/O error would, while reads keep
 * working. The server's connection picks the trigger up by itself (SQLite re-prepares its
 * statements when the schema changes).
 */
export function failingSqliteWrites(file: string): {
  readonly message: string;
  fail(): Promise<void>;
  work(): Promise<void>;
  close(): void;
} {
  const database = new Database(file);
  database.pragma('busy_timeout = 5000');
  const sql = (statement: string): void => {
    database.exec(statement);
  };
  sql(
    `CREATE TABLE drill_write_failure (armed INTEGER);
     CREATE TRIGGER drill_refuse_event BEFORE INSERT ON events
       WHEN EXISTS (SELECT 1 FROM drill_write_failure)
       BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END;`,
  );
  return {
    message: MESSAGE,
    fail: () => {
      sql('INSERT INTO drill_write_failure VALUES (1)');
      return Promise.resolve();
    },
    work: () => {
      sql('DELETE FROM drill_write_failure');
      return Promise.resolve();
    },
    close: () => {
      database.close();
    },
  };
}
