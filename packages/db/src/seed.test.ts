import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "./client";
import { listLabelTranslations } from "./label-translations";

const run = promisify(execFile);
const seedScript = fileURLToPath(new URL("../../../prisma/seed.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

async function counts() {
  const [users, tags, articles, versions, revisions, persons, cases, protections, links] = await Promise.all([
    db().user.count({ where: { email: { endsWith: "@rightsdesk.local" } } }),
    db().tag.count(),
    db().article.count({ where: { author: { email: { endsWith: "@rightsdesk.local" } } } }),
    db().articleVersion.count({ where: { article: { author: { email: { endsWith: "@rightsdesk.local" } } } } }),
    db().articleRevision.count({ where: { author: { email: { endsWith: "@rightsdesk.local" } } } }),
    db().person.count(),
    db().case.count(),
    db().protection.count(),
    db().articlePerson.count(),
  ]);
  return { users, tags, articles, versions, revisions, persons, cases, protections, links };
}

describe("demo seed", () => {
  it("creates users for every role, tags, articles with a Russian version and the registry, and adds nothing when run again", async () => {
    await run(tsx, [seedScript], { env: process.env });
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

    await run(tsx, [seedScript], { env: process.env });
    expect(await counts()).toEqual(first);
  }, 60_000);
});
