import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { copyFile, link, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { once } from "node:events";
import pg from "pg";
import { create as createTar, extract as extractTar } from "tar";
import { z } from "zod";
import { isMediaKey } from "../media/storage";
import { applyMigrations } from "./migrations";

/*
 * Backup and restore of a whole RightsDesk: every application table and the media files, in one
 * .tar.gz that both the embedded database and PostgreSQL write and read:
 *
 *   manifest.json        format version, the migrations the database had, counts, checksums
 *   tables/<Table>.jsonl one row a line: a JSON array of the columns' text forms (null for NULL)
 *   media/<key>          the files the database's media rows name
 *
 * Values travel in PostgreSQL's own text form (what pg_dump's COPY writes), cast back with the
 * column's type on restore, so every type (jsonb's null versus NULL, tsvector, timestamps) comes
 * back exactly, with no driver conversions in between.
 */

export const BACKUP_FORMAT = "rightsdesk-backup";
export const BACKUP_FORMAT_VERSION = 1;

const ZSha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ZBackupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  /** The migrations applied to the database backed up, in order: its schema version. */
  migrations: z.array(z.string().min(1)).min(1),
  tables: z.array(
    z.object({
      name: z.string().min(1),
      columns: z.array(z.string().min(1)).min(1),
      rows: z.number().int().nonnegative(),
      sha256: ZSha256,
    }),
  ),
  sequences: z.array(z.object({ name: z.string().min(1), lastValue: z.string().regex(/^-?\d+$/).nullable() })),
  media: z.object({
    files: z.array(z.object({ key: z.string().refine(isMediaKey, "not a media key"), bytes: z.number().int().nonnegative() })),
    /** Keys the database named whose file was already gone (deleted while the backup ran). */
    missing: z.array(z.string()),
  }),
});
export type BackupManifest = z.infer<typeof ZBackupManifest>;

/** A problem the operator can act on: a bad file, a schema mismatch, a refused permission. */
export class BackupError extends Error {
  override readonly name = "BackupError";
}

type Progress = (message: string) => void;

const FETCH_ROWS = 1000;
const INSERT_ROWS = 1000;
const INSERT_BYTES = 8 * 1024 * 1024;
const PROGRESS_ROWS = 20_000;

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Text forms that read back the same on any server, whatever its or the client's settings. */
async function setPortableFormats(client: pg.ClientBase): Promise<void> {
  await client.query("SET datestyle = 'ISO, YMD'; SET intervalstyle = 'postgres'; SET extra_float_digits = 3; SET bytea_output = 'hex'; SET timezone = 'UTC'");
}

async function connect(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  await setPortableFormats(client);
  return client;
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[] | null> {
  const exists = await client.query<{ found: boolean }>("SELECT to_regclass(quote_ident(current_schema()) || '._prisma_migrations') IS NOT NULL AS found");
  if (!exists.rows[0]?.found) return null;
  const result = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return result.rows.map((row) => row.name);
}

type TableShape = { name: string; columns: { name: string; type: string }[] };

/** Every application table of the current schema with its stored (not generated) columns. */
async function applicationTables(client: pg.ClientBase): Promise<TableShape[]> {
  const result = await client.query<{ table: string; column: string; type: string }>(
    `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type"
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
      ORDER BY c.relname, a.attnum`,
  );
  const tables = new Map<string, TableShape>();
  for (const row of result.rows) {
    const table = tables.get(row.table) ?? { name: row.table, columns: [] };
    table.columns.push({ name: row.column, type: row.type });
    tables.set(row.table, table);
  }
  return [...tables.values()];
}

async function sequences(client: pg.ClientBase): Promise<BackupManifest["sequences"]> {
  const result = await client.query<{ name: string; lastValue: string | null }>(
    `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = current_schema() ORDER BY sequencename`,
  );
  return result.rows;
}

function schemaVersion(migrations: string[]): string {
  return migrations.length ? `${migrations.at(-1)} (${migrations.length} migrations)` : "no migrations";
}

/** A folder next to `mediaRoot`, on the same disk, so that files can be linked and renamed into place. */
async function workFolder(mediaRoot: string, purpose: string): Promise<string> {
  await mkdir(dirname(mediaRoot), { recursive: true });
  return mkdtemp(join(dirname(mediaRoot), `.rightsdesk-${purpose}-`));
}

/**
 * Removes a work folder without hiding the error that ended the work: an unpacking that failed
 * midway may still be finishing a file write, hence the retries.
 */
async function removeWorkFolder(work: string, progress: Progress): Promise<void> {
  await rm(work, { recursive: true, force: true, maxRetries: 5 }).catch((error: unknown) => {
    progress(`Could not remove the work folder ${work}: ${error instanceof Error ? error.message : String(error)}`);
  });
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

/** Writes one table's rows through a cursor, so a large table is never held in memory. */
async function dumpTable(client: pg.ClientBase, table: TableShape, path: string, progress: Progress) {
  const columns = table.columns.map((column) => `${quoteIdent(column.name)}::text`).join(", ");
  await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT to_json(ARRAY[${columns}])::text AS line FROM ${quoteIdent(table.name)}`);
  const out = createWriteStream(path);
  const hash = createHash("sha256");
  let rows = 0;
  for (;;) {
    const batch = await client.query<{ line: string }>(`FETCH ${FETCH_ROWS} FROM backup_rows`);
    if (batch.rows.length === 0) break;
    const text = batch.rows.map((row) => `${row.line}\n`).join("");
    hash.update(text);
    if (!out.write(text)) await once(out, "drain");
    const before = rows;
    rows += batch.rows.length;
    if (Math.floor(rows / PROGRESS_ROWS) > Math.floor(before / PROGRESS_ROWS)) progress(`  ${table.name}: ${rows} rows…`);
  }
  await client.query("CLOSE backup_rows");
  out.end();
  await once(out, "finish");
  return { name: table.name, columns: table.columns.map((column) => column.name), rows, sha256: hash.digest("hex") };
}

/**
 * Puts the file of each key into the backup's folder: a hard link where the disk allows (no copy,
 * and the bytes stay even if the library deletes the file a moment later), a copy otherwise.
 */
async function collectMedia(mediaRoot: string, keys: string[], into: string, progress: Progress): Promise<BackupManifest["media"]> {
  const files: BackupManifest["media"]["files"] = [];
  const missing: string[] = [];
  for (const [index, key] of keys.entries()) {
    const source = join(mediaRoot, key);
    const target = join(into, key);
    await mkdir(dirname(target), { recursive: true });
    try {
      await link(source, target).catch(async (error: unknown) => {
        if (errorCode(error) === "ENOENT") throw error;
        await copyFile(source, target);
      });
      files.push({ key, bytes: (await stat(target)).size });
    } catch (error) {
      if (errorCode(error) !== "ENOENT") throw error;
      missing.push(key);
    }
    if ((index + 1) % 200 === 0) progress(`  media: ${index + 1} of ${keys.length} files…`);
  }
  return { files, missing };
}

export type BackupResult = { file: string; manifest: BackupManifest };

/**
 * Writes a backup of the database at `connectionString` and of the media files it names to `file`
 * (refused if it exists; written beside and renamed, so a failed backup leaves no file that looks whole).
 *
 * The rows come from one REPEATABLE READ READ ONLY transaction: one snapshot, as if the newsroom
 * had stopped. Media files are written once under a random key and never changed (storage.ts
 * opens them with "wx"), and a row names its file only after the file is written, so every key the
 * snapshot names has its final bytes on disk. The files are linked while the snapshot is still
 * open; only a file deleted from the library in that short moment can be absent, and it is listed
 * in the manifest as missing (its row is then restored without a file, as the library had deleted it).
 */
export async function createBackup(options: { connectionString: string; mediaRoot: string; file: string; onProgress?: Progress }): Promise<BackupResult> {
  const progress = options.onProgress ?? (() => {});
  const file = resolve(options.file);
  const mediaRoot = resolve(options.mediaRoot);
  if (await stat(file).catch(() => null)) throw new BackupError(`${file} already exists; choose another file name.`);
  await mkdir(dirname(file), { recursive: true });
  const work = await workFolder(mediaRoot, "backup");
  const client = await connect(options.connectionString);
  try {
    await mkdir(join(work, "tables"));
    await mkdir(join(work, "media"));
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await appliedMigrations(client);
    if (!migrations?.length) throw new BackupError("The database has no RightsDesk schema (no migrations applied): there is nothing to back up.");
    const tables = [];
    for (const table of await applicationTables(client)) {
      const dumped = await dumpTable(client, table, join(work, "tables", `${table.name}.jsonl`), progress);
      progress(`  ${table.name}: ${dumped.rows} rows`);
      tables.push(dumped);
    }
    const keys = await client.query<{ key: string }>(
      `SELECT "storageKey" AS key FROM "MediaAsset" WHERE "storageKey" IS NOT NULL UNION SELECT "storageKey" FROM "MediaVariant" ORDER BY key`,
    );
    progress(`Copying ${keys.rows.length} media files…`);
    const media = await collectMedia(mediaRoot, keys.rows.map((row) => row.key), join(work, "media"), progress);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      migrations,
      tables,
      sequences: await sequences(client),
      media,
    };
    await client.query("COMMIT");
    if (media.missing.length) progress(`Warning: ${media.missing.length} media files were deleted while the backup ran: ${media.missing.join(", ")}`);
    await writeFile(join(work, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    progress(`Writing ${basename(file)}…`);
    const partial = `${file}.${randomBytes(4).toString("hex")}.partial`;
    try {
      await createTar({ gzip: true, file: partial, cwd: work, portable: true }, ["manifest.json", "tables", "media"]);
      await rename(partial, file);
    } finally {
      await rm(partial, { force: true });
    }
    return { file, manifest };
  } finally {
    await client.end().catch(() => {});
    await removeWorkFolder(work, progress);
  }
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    for (const byte of chunk as Buffer) if (byte === 0x0a) lines += 1;
  }
  return lines;
}

/** Unpacks `file` into `into` and checks it whole (manifest, every table's checksum and row count, every media file). */
async function unpackAndCheck(file: string, into: string): Promise<BackupManifest> {
  const damaged = (reason: string) => new BackupError(`${file} is not a RightsDesk backup or is damaged: ${reason}`);
  try {
    await extractTar({
      file,
      cwd: into,
      strict: true,
      // Only plain files and folders: a link in an archive could point anywhere on the disk.
      filter: (_path, entry) => "type" in entry && (entry.type === "File" || entry.type === "Directory"),
    });
  } catch (error) {
    throw damaged(error instanceof Error ? error.message : String(error));
  }
  const text = await readFile(join(into, "manifest.json"), "utf8").catch(() => null);
  if (text === null) throw damaged("it has no manifest.json");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw damaged("its manifest.json is not JSON");
  }
  const parsed = ZBackupManifest.safeParse(json);
  if (!parsed.success) {
    const version = z.object({ format: z.literal(BACKUP_FORMAT), formatVersion: z.number() }).safeParse(json);
    if (version.success && version.data.formatVersion !== BACKUP_FORMAT_VERSION) {
      throw new BackupError(`${file} is a backup of format ${version.data.formatVersion}; this RightsDesk reads format ${BACKUP_FORMAT_VERSION}.`);
    }
    throw damaged(`its manifest is invalid (${z.prettifyError(parsed.error)})`);
  }
  const manifest = parsed.data;
  for (const table of manifest.tables) {
    const path = join(into, "tables", `${table.name}.jsonl`);
    if (!(await stat(path).catch(() => null))) throw damaged(`the rows of ${table.name} are missing`);
    if ((await sha256Of(path)) !== table.sha256 || (await countLines(path)) !== table.rows) throw damaged(`the rows of ${table.name} do not match the manifest`);
  }
  for (const media of manifest.media.files) {
    const info = await stat(join(into, "media", media.key)).catch(() => null);
    if (info?.size !== media.bytes) throw damaged(`media file ${media.key} is missing or has the wrong size`);
  }
  return manifest;
}

async function insertBatch(client: pg.ClientBase, table: TableShape, lines: string[]): Promise<void> {
  const names = table.columns.map((column) => quoteIdent(column.name)).join(", ");
  const values = table.columns.map((column, index) => `(r->>${index})::${column.type}`).join(", ");
  await client.query(`INSERT INTO ${quoteIdent(table.name)} (${names}) OVERRIDING SYSTEM VALUE SELECT ${values} FROM json_array_elements($1::json) AS r`, [
    `[${lines.join(",")}]`,
  ]);
}

async function loadTable(client: pg.ClientBase, table: TableShape, path: string, progress: Progress): Promise<void> {
  let batch: string[] = [];
  let bytes = 0;
  let rows = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    batch.push(line);
    bytes += line.length;
    if (batch.length >= INSERT_ROWS || bytes >= INSERT_BYTES) {
      await insertBatch(client, table, batch);
      const before = rows;
      rows += batch.length;
      if (Math.floor(rows / PROGRESS_ROWS) > Math.floor(before / PROGRESS_ROWS)) progress(`  ${table.name}: ${rows} rows…`);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) await insertBatch(client, table, batch);
}

/** Whether any application table holds a row. */
async function hasData(client: pg.ClientBase, tables: TableShape[]): Promise<boolean> {
  for (const table of tables) {
    const result = await client.query(`SELECT 1 FROM ${quoteIdent(table.name)} LIMIT 1`);
    if (result.rows.length) return true;
  }
  return false;
}

/** Moves `from` to `to`, setting aside whatever was at `to`; returns how to undo it and how to drop what was set aside. */
async function swapFolder(from: string, to: string): Promise<{ undo: () => Promise<void>; commit: () => Promise<void> }> {
  const aside = `${to}.before-restore-${randomBytes(4).toString("hex")}`;
  const hadOld = await rename(to, aside).then(
    () => true,
    (error: unknown) => {
      if (errorCode(error) === "ENOENT") return false;
      throw error;
    },
  );
  try {
    await rename(from, to);
  } catch (error) {
    if (hadOld) await rename(aside, to);
    throw error;
  }
  return {
    undo: async () => {
      await rm(to, { recursive: true, force: true });
      if (hadOld) await rename(aside, to);
    },
    commit: async () => {
      if (hadOld) await rm(aside, { recursive: true, force: true });
    },
  };
}

export type RestoreResult = { manifest: BackupManifest; safetyBackup: string | null };

/**
 * Replaces the database at `connectionString` and the media folder with the contents of `file`.
 *
 * The whole file is unpacked and checked before anything changes, so a damaged file changes
 * nothing. A database at another schema version is refused (an unmigrated one is migrated first).
 * If the database holds any data, it is first backed up to `safetyBackup`, so that nothing is
 * lost silently. Then, in one transaction, every application table is emptied and refilled with
 * session_replication_role = replica: foreign keys and triggers stay quiet while the rows go in
 * (the rows come from one consistent snapshot, and the search index rows are restored as they
 * were). That setting needs a superuser, as PGlite's user and a typical `postgres` are, or, on
 * PostgreSQL 15+, `GRANT SET ON PARAMETER session_replication_role`. The media folder is replaced by
 * a rename beside it, undone if the database part fails.
 */
export async function restoreBackup(options: {
  connectionString: string;
  mediaRoot: string;
  file: string;
  safetyBackup: string;
  onProgress?: Progress;
}): Promise<RestoreResult> {
  const progress = options.onProgress ?? (() => {});
  const file = resolve(options.file);
  const mediaRoot = resolve(options.mediaRoot);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new BackupError(`${file} does not exist or is not a file.`);
  const work = await workFolder(mediaRoot, "restore");
  let client: pg.Client | null = null;
  try {
    progress(`Checking ${basename(file)}…`);
    const manifest = await unpackAndCheck(file, work);
    client = await connect(options.connectionString);
    let migrations = await appliedMigrations(client);
    if (migrations === null || migrations.length === 0) {
      progress("The database has no schema yet; applying migrations…");
      await applyMigrations(options.connectionString);
      migrations = (await appliedMigrations(client)) ?? [];
    }
    if (migrations.join("\n") !== manifest.migrations.join("\n")) {
      throw new BackupError(
        `The backup was made at schema version ${schemaVersion(manifest.migrations)}, but this database is at ${schemaVersion(migrations)}. ` +
          "Restore it with the RightsDesk version that made it (its migrations must match), then upgrade.",
      );
    }
    const tables = await applicationTables(client);
    const byName = new Map(tables.map((table) => [table.name, table]));
    const sameTables =
      tables.length === manifest.tables.length &&
      manifest.tables.every((dumped) => byName.get(dumped.name)?.columns.map((column) => column.name).join("\n") === dumped.columns.join("\n"));
    if (!sameTables) throw new BackupError("The backup's tables and columns differ from this database's, although their migrations match; nothing was restored.");

    let safetyBackup: string | null = null;
    if (await hasData(client, tables)) {
      progress(`The database holds data: saving it first to ${options.safetyBackup}…`);
      safetyBackup = (await createBackup({ connectionString: options.connectionString, mediaRoot, file: options.safetyBackup, onProgress: progress })).file;
    }

    const media = await swapFolder(join(work, "media"), mediaRoot).catch(async (error: unknown) => {
      if (errorCode(error) !== "ENOENT") throw error;
      // A backup without any media file has no media folder inside.
      await mkdir(join(work, "media"));
      return swapFolder(join(work, "media"), mediaRoot);
    });
    try {
      await client.query("BEGIN");
      try {
        await client.query("SET LOCAL session_replication_role = replica");
      } catch (error) {
        throw new BackupError(
          `This database user may not set session_replication_role, which a restore needs (${error instanceof Error ? error.message : String(error)}). ` +
            "Restore as a superuser, or on PostgreSQL 15+ run GRANT SET ON PARAMETER session_replication_role TO <user>.",
        );
      }
      await client.query(`TRUNCATE ${tables.map((table) => quoteIdent(table.name)).join(", ")}`);
      for (const dumped of manifest.tables) {
        const table = byName.get(dumped.name);
        if (!table) continue;
        await loadTable(client, table, join(work, "tables", `${dumped.name}.jsonl`), progress);
        const count = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quoteIdent(table.name)}`);
        if (Number(count.rows[0]?.n) !== dumped.rows) throw new BackupError(`${dumped.name}: restored ${count.rows[0]?.n} rows, the backup has ${dumped.rows}.`);
        progress(`  ${dumped.name}: ${dumped.rows} rows`);
      }
      for (const sequence of manifest.sequences) {
        const name = `${quoteIdent(sequence.name)}`;
        if (sequence.lastValue === null) await client.query(`SELECT setval($1::regclass, 1, false)`, [name]);
        else await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [name, sequence.lastValue]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      await media.undo();
      throw error;
    }
    await media.commit();
    return { manifest, safetyBackup };
  } finally {
    await client?.end().catch(() => {});
    await removeWorkFolder(work, progress);
  }
}
