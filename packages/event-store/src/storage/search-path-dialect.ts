import {
  PostgresDialect,
  sql,
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type DatabaseMetadataOptions,
  type Kysely,
  type SchemaMetadata,
  type TableMetadata,
} from 'kysely';

/**
 * Kysely's PostgreSQL dialect, with an introspector that looks only at the schemas on the
 * connection's search path. Kysely's own one reads every table of the database and calls
 * `pg_get_serial_sequence` with each table's schema by name: when anything drops a schema
 * while that query runs (another application on a shared server, another test suite, a
 * migration elsewhere), the lookup fails with "schema … does not exist", and so does our
 * migration, at start. Its Migrator needs nothing but the names of our own tables.
 */
export class SearchPathPostgresDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SearchPathIntrospector(db);
  }
}

interface ColumnRow {
  readonly schema: string;
  readonly table: string;
  readonly table_kind: string;
  readonly column: string | null;
  readonly type: string | null;
  readonly type_schema: string | null;
  readonly not_null: boolean | null;
  readonly has_default: boolean | null;
  readonly auto_incrementing: boolean | null;
}

// Kysely names its bookkeeping tables by these defaults unless a migrator is told otherwise;
// like Kysely's own introspector, the listing leaves them out unless asked.
const KYSELY_TABLES = ['kysely_migration', 'kysely_migration_lock'];

class SearchPathIntrospector implements DatabaseIntrospector {
  readonly #db: Kysely<unknown>;

  constructor(db: Kysely<unknown>) {
    this.#db = db;
  }

  async getSchemas(): Promise<SchemaMetadata[]> {
    const { rows } = await sql<{ name: string }>`
      SELECT nspname AS name FROM pg_catalog.pg_namespace ORDER BY nspname`.execute(this.#db);
    return rows.map((row) => ({ name: row.name }));
  }

  /**
   * Tables and views of the search path's schemas, joined by oid only: no name is looked up
   * again, so a schema dropped meanwhile elsewhere cannot make the query fail. A column's
   * sequence is read from pg_depend for the same reason (identity or serial, as Kysely reports).
   */
  async getTables(
    options: DatabaseMetadataOptions = { withInternalKyselyTables: false },
  ): Promise<TableMetadata[]> {
    const { rows } = await sql<ColumnRow>`
      SELECT ns.nspname AS schema, c.relname AS table, c.relkind AS table_kind,
             a.attname AS column, typ.typname AS type, typns.nspname AS type_schema,
             a.attnotnull AS not_null, a.atthasdef AS has_default,
             (a.attidentity <> '' OR EXISTS (
                SELECT 1 FROM pg_catalog.pg_depend d
                  JOIN pg_catalog.pg_class s ON s.oid = d.objid AND s.relkind = 'S'
                 WHERE d.refobjid = c.oid AND d.refobjsubid = a.attnum
                   AND d.classid = 'pg_catalog.pg_class'::regclass)) AS auto_incrementing
        FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace ns ON ns.oid = c.relnamespace
        LEFT JOIN pg_catalog.pg_attribute a
          ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        LEFT JOIN pg_catalog.pg_type typ ON typ.oid = a.atttypid
        LEFT JOIN pg_catalog.pg_namespace typns ON typns.oid = typ.typnamespace
       WHERE c.relkind IN ('r', 'v', 'p')
         AND ns.nspname = ANY (pg_catalog.current_schemas(false))
       ORDER BY ns.nspname, c.relname, a.attnum`.execute(this.#db);
    const tables = new Map<string, TableMetadata>();
    for (const row of rows) {
      if (!options.withInternalKyselyTables && KYSELY_TABLES.includes(row.table)) continue;
      const key = `${row.schema}.${row.table}`;
      let table = tables.get(key);
      if (table === undefined) {
        table = {
          name: row.table,
          schema: row.schema,
          isView: row.table_kind === 'v',
          columns: [],
        };
        tables.set(key, table);
      }
      if (row.column === null) continue;
      table.columns.push({
        name: row.column,
        dataType: row.type ?? 'unknown',
        ...(row.type_schema === null ? {} : { dataTypeSchema: row.type_schema }),
        isNullable: row.not_null !== true,
        hasDefaultValue: row.has_default === true,
        isAutoIncrementing: row.auto_incrementing === true,
      });
    }
    return [...tables.values()];
  }

  async getMetadata(options?: DatabaseMetadataOptions): Promise<DatabaseMetadata> {
    return { tables: await this.getTables(options) };
  }
}
