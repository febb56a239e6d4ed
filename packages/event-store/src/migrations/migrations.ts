import type { Migration, MigrationProvider } from 'kysely';
import * as sqliteEvents from './sqlite/2026-11-28-0001-events.js';
import * as postgresEvents from './postgres/2026-11-28-0001-events.js';

/** The migrations of each dialect, in order. Listed here rather than read from disk so that bundles carry them. */
const byDialect: Record<'sqlite' | 'postgres', Record<string, Migration>> = {
  sqlite: { '2026-11-28-0001-events': sqliteEvents },
  postgres: { '2026-11-28-0001-events': postgresEvents },
};

export function migrationProvider(dialect: 'sqlite' | 'postgres'): MigrationProvider {
  return { getMigrations: () => Promise.resolve(byDialect[dialect]) };
}
