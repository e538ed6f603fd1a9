import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { collectMentions, mentionKey, type RichTextDoc, type RichTextNode, ZRichTextDoc } from "@rightsdesk/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "./client";
import { listLabelTranslations } from "../translation/label-translations";
import { LocalDiskStorage } from "../media/storage";
import { resolveMentionsForPublic } from "../articles/mentions";
import { getPublished } from "../articles/published";

const run = promisify(execFile);
const seedScript = fileURLToPath(new URL("../../../../prisma/seed.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));

// The demo media are written where the seed is told, never into the repository's own media folder.
let mediaDir = "";
beforeAll(async () => {
  mediaDir = await mkdtemp(join(tmpdir(), "rightsdesk-seed-media-"));
});
afterAll(async () => {
  await rm(mediaDir, { recursive: true, force: true });
});
const seed = () => run(tsx, [seedScript], { env: { ...process.env, MEDIA_DIR: mediaDir } });

/** Every node of a document, depth first. */
function nodesOf(doc: RichTextDoc): RichTextNode[] {
  const all: RichTextNode[] = [];
  const visit = (node: RichTextNode) => {
    all.push(node);
    node.content?.forEach(visit);
  };
  doc.content.forEach(visit);
  return all;
}

/** The published English revision of each published demo article, by slug. */
async function publishedEnglish(): Promise<Map<string, RichTextDoc>> {
  const versions = await db().articleVersion.findMany({
    where: { locale: "en", status: "published" },
    select: { article: { select: { slug: true } }, publishedRevision: { select: { body: true } } },
  });
  return new Map(versions.map((v) => [v.article.slug, ZRichTextDoc.parse(v.publishedRevision?.body)]));
}

async function counts() {
  const [users, tags, articles, versions, revisions, persons, cases, protections, links, media] = await Promise.all([
    db().user.count({ where: { email: { endsWith: "@rightsdesk.local" } } }),
    db().tag.count(),
    db().article.count({ where: { author: { email: { endsWith: "@rightsdesk.local" } } } }),
    db().articleVersion.count({ where: { article: { author: { email: { endsWith: "@rightsdesk.local" } } } } }),
    db().articleRevision.count({ where: { author: { email: { endsWith: "@rightsdesk.local" } } } }),
    db().person.count(),
    db().case.count(),
    db().protection.count(),
    db().articlePerson.count(),
    db().mediaAsset.count(),
  ]);
  return { users, tags, articles, versions, revisions, persons, cases, protections, links, media };
}

describe("demo seed", () => {
  it("creates users for every role, tags, articles with a Russian version and the registry, and adds nothing when run again", async () => {
    await seed();
    const first = await counts();
    expect(first.users).toBe(3);
    expect(first.articles).toBeGreaterThanOrEqual(3);
    const roles = await db().user.findMany({ where: { email: { endsWith: "@rightsdesk.local" } }, select: { role: true } });
    expect(roles.map((u) => u.role).sort()).toEqual(["admin", "editor", "translator"]);
    expect(await db().articleVersion.count({ where: { locale: "ru", status: "published" } })).toBeGreaterThanOrEqual(1);
    const countryTags = await db().tag.findMany({ where: { kind: "country" }, select: { countryCode: true } });
    expect(countryTags.map((t) => t.countryCode)).toEqual(expect.arrayContaining(["FR", "PL", "KZ", "RU", "UA", "AT"]));

    const ablyazov = await db().person.findUnique({ where: { slug: "mukhtar-ablyazov" }, include: { protections: true, participations: true } });
    expect(ablyazov?.confidentiality).toBe("public");
    expect(ablyazov?.participations.length).toBeGreaterThanOrEqual(1);
    expect(await db().person.count({ where: { confidentiality: "internal" } })).toBeGreaterThanOrEqual(1);
    expect(first.protections).toBeGreaterThanOrEqual(10);

    // Demo translations record the English they were made from, so the labels desk starts up to date.
    const [tags, events] = await Promise.all([
      db().tag.findMany({ where: { slug: { in: ["extradition", "interpol-notices"] } }, select: { id: true } }),
      db().caseEvent.findMany({ where: { case: { slug: "ablyazov-extradition-france" } }, select: { id: true } }),
    ]);
    const ids = new Set([...tags, ...events].map((row) => row.id).concat(ablyazov ? [ablyazov.id] : []));
    const russian = await listLabelTranslations("ru");
    const seeded = [...russian.tag, ...russian.bio, ...russian.event].filter((item) => ids.has(item.id));
    expect(seeded.length).toBeGreaterThanOrEqual(4);
    expect(seeded.filter((item) => item.state !== "current")).toEqual([]);
    const polish = await listLabelTranslations("pl");
    expect(polish.tag.filter((item) => ids.has(item.id)).map((item) => [item.name, item.state])).toEqual([
      ["Extradition", "current"],
      ["Interpol notices", "missing"],
    ]);

    await seed();
    expect(await counts()).toEqual(first);
  }, 120_000);

  it("shows the product: mentions of public persons, statements, a gallery, a video with its transcript, translations one of which is outdated", async () => {
    const articles = await publishedEnglish();
    const paris = articles.get("open-dialog-meets-ablyazov-in-paris");
    if (!paris) throw new Error("The Paris article is not published");

    // Every person the article mentions is a public record the reader's page links to, in the reader's script.
    const persons = collectMentions(paris).filter((target) => target.kind === "person");
    expect(persons.length).toBeGreaterThanOrEqual(10);
    const resolved = await resolveMentionsForPublic(paris, "ru");
    expect(persons.filter((target) => !resolved.has(mentionKey(target)))).toEqual([]);
    expect(resolved.get(mentionKey(persons[0] ?? { kind: "person", id: "" }))).toMatchObject({ slug: "mukhtar-ablyazov", name: "Мухтар Аблязов" });
    const internal = await db().person.findMany({ where: { confidentiality: "internal" }, select: { id: true } });
    const mentioned = new Set([...articles.values()].flatMap((body) => collectMentions(body).map((target) => target.id)));
    expect(internal.filter((person) => mentioned.has(person.id))).toEqual([]);

    const strasbourg = nodesOf(articles.get("odf-delegation-european-parliament-strasbourg") ?? { type: "doc", content: [] });
    const statements = strasbourg.filter((node) => node.type === "statement");
    expect(statements.length).toBeGreaterThanOrEqual(5);
    const organisationIds = statements.map((node) => node.attrs?.organisationId).filter((id): id is string => typeof id === "string");
    expect(await db().organisation.count({ where: { id: { in: organisationIds } } })).toBeGreaterThanOrEqual(5);

    // The gallery's pictures are stored with their web copies, and the files are there to serve.
    const storage = new LocalDiskStorage(mediaDir);
    const galleryIds = strasbourg.find((node) => node.type === "gallery")?.attrs?.assetIds;
    expect(Array.isArray(galleryIds) && galleryIds.length).toBeGreaterThanOrEqual(2);
    const images = await db().mediaAsset.findMany({ where: { id: { in: galleryIds as string[] } }, include: { variants: true } });
    expect(images).toHaveLength((galleryIds as string[]).length);
    for (const asset of images) {
      expect(asset).toMatchObject({ kind: "image", mimeType: "image/jpeg", alt: { en: expect.any(String), pl: expect.any(String) } });
      expect(asset.variants.length).toBeGreaterThanOrEqual(2);
      for (const key of [asset.storageKey ?? "", ...asset.variants.map((variant) => variant.storageKey)]) expect(await storage.get(key), key).not.toBeNull();
    }

    const kyiv = nodesOf(articles.get("kyiv-birthday-greetings-for-ablyazov") ?? { type: "doc", content: [] });
    const videoId = kyiv.find((node) => node.type === "video")?.attrs?.assetId;
    const videoAsset = await db().mediaAsset.findUnique({ where: { id: String(videoId) } });
    expect(videoAsset).toMatchObject({ kind: "video", mimeType: "video/mp4", transcript: { en: expect.stringContaining("Bolat Atabayev"), uk: expect.any(String) } });
    expect(await storage.get(videoAsset?.storageKey ?? "")).not.toBeNull();

    // Russian and two more languages are published; the Polish was made before the English changed.
    const translations = await db().articleVersion.findMany({ where: { status: "published", locale: { not: "en" } }, select: { locale: true } });
    expect(new Set(translations.map((version) => version.locale))).toEqual(new Set(["ru", "pl", "uk"]));
    expect((await getPublished("pl", "odf-delegation-european-parliament-strasbourg"))?.originalUpdatedAt).toBeInstanceOf(Date);
    expect((await getPublished("ru", "open-dialog-meets-ablyazov-in-paris"))?.originalUpdatedAt).toBeNull();
    expect((await getPublished("uk", "kyiv-birthday-greetings-for-ablyazov"))?.originalUpdatedAt).toBeNull();
  });
});
