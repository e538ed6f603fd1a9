import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ZPersonInput } from "@rightsdesk/domain";
import pg from "pg";
import sharp from "sharp";
import { create as createTar, extract as extractTar } from "tar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { body, makeActor, unique } from "../../test/fixtures";
import { type Actor } from "../access/access";
import { createArticle, getArticle, saveVersion } from "../articles/articles";
import { createBackup, restoreBackup, ZBackupManifest } from "./backup";
import { databaseUrl } from "./env";
import { deleteMedia, uploadMedia } from "../media/assets";
import { LocalDiskStorage } from "../media/storage";
import { createPerson, deletePerson, getPersonForEditor } from "../registry/persons";
import { listRevisions } from "../articles/revisions";

let folder: string;
let mediaRoot: string;
let editor: Actor;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "rightsdesk-backup-"));
  mediaRoot = join(folder, "media");
  editor = await makeActor("editor");
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Every application table's row count and a digest of its rows: equal fingerprints, equal databases. */
async function fingerprint(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename",
    );
    const result: Record<string, string> = {};
    for (const { name } of tables.rows) {
      const digest = await client.query<{ n: string; digest: string | null }>(
        `SELECT count(*)::text AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM "${name}" t`,
      );
      result[name] = `${digest.rows[0]?.n}:${digest.rows[0]?.digest ?? ""}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

async function mediaFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(mediaRoot, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(mediaRoot.length + 1)] = (await readFile(path)).toString("base64");
  }
  return files;
}

const photo = () => sharp({ create: { width: 900, height: 600, channels: 3, background: "#884422" } }).jpeg().toBuffer();
const save = (title: string, baseRevision: number, text: string) => ({ title, summary: "", body: body(text), baseRevision });

/** The backup's files, changed by `edit`, packed again as a new backup. */
async function repack(file: string, edit: (dir: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(join(folder, "repack-"));
  await extractTar({ file, cwd: dir });
  await edit(dir);
  const out = join(folder, `${unique("repacked")}.tar.gz`);
  await createTar({ gzip: true, file: out, cwd: dir, portable: true }, await readdir(dir));
  return out;
}

describe("backup and restore", () => {
  const storage = () => new LocalDiskStorage(mediaRoot);
  let backupFile: string;
  let before: Record<string, string>;
  let mediaBefore: Record<string, string>;
  let articleId: string;
  let personId: string;
  let mediaId: string;

  beforeAll(async () => {
    const article = await createArticle({ title: "Arrested in Almaty", summary: "", slug: "" }, editor);
    articleId = article.id;
    await saveVersion(articleId, "en", save("Arrested in Almaty", 1, "First report"), editor);
    await saveVersion(articleId, "en", save("Arrested in Almaty", 2, "Second report"), editor);
    personId = ((await createPerson(ZPersonInput.parse({ name: "Dana Serikova", confidentiality: "public", slug: unique("p"), internalNotes: { contactNotes: "Met in 2024" } }), editor)).result).id;
    mediaId = (await uploadMedia({ data: await photo(), credit: "Photo: the family" }, editor, storage())).id;
    before = await fingerprint();
    mediaBefore = await mediaFiles();
    backupFile = join(folder, "newsroom.tar.gz");
    await createBackup({ connectionString: databaseUrl(), mediaRoot, file: backupFile });
  });

  it("writes a manifest with the schema version, the counts and the media the database names", async () => {
    const dir = await mkdtemp(join(folder, "look-"));
    await extractTar({ file: backupFile, cwd: dir });
    const manifest = ZBackupManifest.parse(JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")));
    expect(manifest.migrations.at(-1)).toMatch(/^\d{14}_/);
    expect(manifest.tables.find((t) => t.name === "Person")?.rows).toBe(Number(before.Person?.split(":")[0]));
    expect(manifest.tables.map((t) => t.name)).not.toContain("_prisma_migrations");
    // Other test files keep their media in folders of their own; the files of this folder are all there.
    expect(manifest.media.files.map((f) => f.key).sort()).toEqual(Object.keys(mediaBefore).sort());
    expect(manifest.media.missing.filter((key) => key in mediaBefore)).toEqual([]);
  });

  it("brings back deleted and changed records, every row and the media bytes", async () => {
    await saveVersion(articleId, "en", save("Released in Almaty", 3, "Changed after the backup"), editor);
    await deletePerson(personId, editor);
    await deleteMedia(mediaId, editor, storage());
    const later = await createArticle({ title: "Written after the backup", summary: "", slug: "" }, editor);
    expect(await fingerprint()).not.toEqual(before);
    expect(await mediaFiles()).not.toEqual(mediaBefore);

    const safetyBackup = join(folder, "before-restore.tar.gz");
    const result = await restoreBackup({ connectionString: databaseUrl(), mediaRoot, file: backupFile, safetyBackup });

    expect(await fingerprint()).toEqual(before);
    expect(await mediaFiles()).toEqual(mediaBefore);
    expect((await getArticle(articleId))?.versions.find((v) => v.locale === "en")).toMatchObject({ title: "Arrested in Almaty", revision: 3 });
    expect((await listRevisions(articleId, "en")).items.map((r) => r.number)).toEqual([3, 2, 1]);
    expect(await getPersonForEditor(personId)).toMatchObject({ name: "Dana Serikova", internalNotes: { contactNotes: "Met in 2024" } });
    expect(await getArticle(later.id)).toBeNull();

    // What the restore replaced was saved first, and restores in turn.
    expect(result.safetyBackup).toBe(safetyBackup);
    await restoreBackup({ connectionString: databaseUrl(), mediaRoot, file: safetyBackup, safetyBackup: join(folder, "again.tar.gz") });
    expect(await getArticle(later.id)).not.toBeNull();
    expect(await getPersonForEditor(personId)).toBeNull();
    await restoreBackup({ connectionString: databaseUrl(), mediaRoot, file: backupFile, safetyBackup: join(folder, "again-2.tar.gz") });
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses a backup made at another schema version and changes nothing", async () => {
    const future = await repack(backupFile, async (dir) => {
      const manifest = ZBackupManifest.parse(JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")));
      await writeFile(join(dir, "manifest.json"), JSON.stringify({ ...manifest, migrations: [...manifest.migrations, "20991231000000_from_the_future"] }));
    });
    await createArticle({ title: "Kept through a refused restore", summary: "", slug: "" }, editor);
    const current = await fingerprint();
    const media = await mediaFiles();
    await expect(restoreBackup({ connectionString: databaseUrl(), mediaRoot, file: future, safetyBackup: join(folder, unique("s")) })).rejects.toThrow(
      /backup was made at schema version 20991231000000_from_the_future .* this database is at \d{14}_/,
    );
    expect(await fingerprint()).toEqual(current);
    expect(await mediaFiles()).toEqual(media);
  });

  it("refuses a damaged or foreign file with a clear message and changes nothing", async () => {
    const current = await fingerprint();
    const media = await mediaFiles();
    const whole = await readFile(backupFile);
    const truncated = join(folder, "truncated.tar.gz");
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    const text = join(folder, "notes.txt");
    await writeFile(text, "not a backup at all\n".repeat(100));
    const tampered = await repack(backupFile, async (dir) => {
      await writeFile(join(dir, "tables", "Person.jsonl"), "");
    });
    const restore = (file: string) => restoreBackup({ connectionString: databaseUrl(), mediaRoot, file, safetyBackup: join(folder, unique("s")) });

    await expect(restore(truncated)).rejects.toThrow(/truncated\.tar\.gz is not a RightsDesk backup or is damaged/);
    await expect(restore(text)).rejects.toThrow(/notes\.txt is not a RightsDesk backup or is damaged/);
    await expect(restore(tampered)).rejects.toThrow(/the rows of Person do not match the manifest/);
    await expect(restore(join(folder, "nowhere.tar.gz"))).rejects.toThrow(/nowhere\.tar\.gz does not exist/);
    expect(await fingerprint()).toEqual(current);
    expect(await mediaFiles()).toEqual(media);
    // No work folders are left beside the media folder.
    expect((await readdir(folder)).filter((name) => name.startsWith(".rightsdesk-"))).toEqual([]);
  });

  it("refuses to overwrite an existing file", async () => {
    await expect(createBackup({ connectionString: databaseUrl(), mediaRoot, file: backupFile })).rejects.toThrow(/already exists/);
  });
});
