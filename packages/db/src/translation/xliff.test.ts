import { type RichTextDoc, segmentsOf } from "@rightsdesk/domain";
import { removeUnit, translateTargets } from "@rightsdesk/xliff/testing";
import { schemaErrors } from "@rightsdesk/xliff/testing/schema";
import { describe, expect, it } from "vitest";
import { js2xliff, xliff2js, type XliffJsValue } from "xliff";
import { makeActor } from "../../test/fixtures";
import { createArticle, getArticle, saveVersion } from "../articles/articles";
import { listRevisions, restoreRevision } from "../articles/revisions";
import { getSourceChangesSince } from "./translation-status";
import { exportVersionXliff, importVersionXliff } from "./xliff";

const sourceBody: RichTextDoc = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "The " },
        { type: "text", text: "Conseil d'État", marks: [{ type: "link", attrs: { href: "https://example.org/ce" } }] },
        { type: "text", text: " refused the extradition." },
      ],
    },
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Protection" }] },
    {
      type: "bulletList",
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Poland:", marks: [{ type: "bold" }] }, { type: "text", text: " asylum" }] }] }],
    },
    { type: "image", attrs: { src: "https://example.org/court.jpg", alt: "The court", title: null } },
  ],
};

async function articleWithSource() {
  const editor = await makeActor("editor");
  const translator = await makeActor("translator");
  const { id } = await createArticle({ title: "Extradition refused", summary: "France said no.", slug: "" }, editor);
  await saveVersion(id, "en", { title: "Extradition refused", summary: "France said no.", body: sourceBody, baseRevision: 1 }, editor);
  return { id, editor, translator };
}

const prefixed = (value: XliffJsValue): XliffJsValue =>
  typeof value === "string"
    ? `[ru] ${value}`
    : value.map((item) =>
        typeof item === "string"
          ? `[ru] ${item}`
          : Object.fromEntries(Object.entries(item).map(([kind, element]) => [kind, element.contents === undefined ? element : { ...element, contents: prefixed(element.contents) }])),
      );

/**
 * An agency's round trip through the npm `xliff` package: read into objects, every unit's source
 * translated into its target, written back. The package keeps unit ids, sources and targets, and
 * drops our metadata module (and <originalData>, the notes and xml:space, and re-indents the text).
 */
async function throughXliffLibrary(xml: string): Promise<string> {
  const document = await xliff2js(xml);
  for (const units of Object.values(document.resources)) {
    for (const unit of Object.values(units)) if (unit.source !== undefined) unit.target = prefixed(unit.source);
  }
  return js2xliff(document);
}

// Each test makes users, an article and several revisions: slow on a busy machine.
describe("XLIFF export and import", { timeout: 60_000 }, () => {
  it("round-trips: export, translate the targets, import as a new revision with the same structure and the new text", async () => {
    const { id, translator } = await articleWithSource();
    const exported = await exportVersionXliff(id, "ru");
    // Other test files make articles with the same title, so the slug may carry a number.
    expect(exported.filename).toMatch(/^extradition-refused(-\d+)?\.r2\.en-ru\.xlf$/);
    const translated = translateTargets(exported.xml, (text) => `[ru] ${text}`);

    const { result: version } = await importVersionXliff(id, "ru", translated, 0, translator);
    expect(version).toMatchObject({ revision: 1, title: "[ru] Extradition refused", summary: "[ru] France said no." });
    expect(segmentsOf(version.body).map((s) => [s.id, s.block])).toEqual(segmentsOf(sourceBody).map((s) => [s.id, s.block]));
    expect(version.body.content[0]?.content?.[1]).toEqual({
      type: "text",
      text: "[ru] Conseil d'État",
      marks: [{ type: "link", attrs: { href: "https://example.org/ce" } }],
    });
    expect(version.body.content[3]?.attrs).toMatchObject({ src: "https://example.org/court.jpg", alt: "[ru] The court" });
    expect((await getSourceChangesSince(id, "ru"))?.staleness).toBe("current");
  });

  it("imports a file an agency's tool wrote back without our metadata, matching it to the source revision by its texts", async () => {
    const { id, translator } = await articleWithSource();
    const exported = await exportVersionXliff(id, "ru");
    expect(await schemaErrors(exported.xml)).toEqual([]);
    const returned = await throughXliffLibrary(exported.xml);
    expect(returned).not.toContain("metadata");

    const { result: version } = await importVersionXliff(id, "ru", returned, 0, translator);
    expect(version).toMatchObject({ revision: 1, title: "[ru] Extradition refused", summary: "[ru] France said no." });
    expect(segmentsOf(version.body).map((s) => [s.id, s.block])).toEqual(segmentsOf(sourceBody).map((s) => [s.id, s.block]));
    expect(version.body.content[0]?.content?.[1]).toEqual({
      type: "text",
      text: "[ru] Conseil d'État",
      marks: [{ type: "link", attrs: { href: "https://example.org/ce" } }],
    });
    expect(version.body.content[2]?.content?.[0]?.content?.[0]?.content).toEqual([
      { type: "text", text: "[ru] Poland:", marks: [{ type: "bold" }] },
      { type: "text", text: "[ru] asylum" },
    ]);
    expect(version.body.content[3]?.attrs).toMatchObject({ src: "https://example.org/court.jpg", alt: "[ru] The court" });
    expect((await getSourceChangesSince(id, "ru"))?.staleness).toBe("current");
  });

  it("refuses a file without our metadata made from an older source, or whose source texts were changed, saying which and where", async () => {
    const { id, editor, translator } = await articleWithSource();
    const returned = await throughXliffLibrary((await exportVersionXliff(id, "ru")).xml);
    await expect(importVersionXliff(id, "ru", returned.replace("Protection", "Protections"), 0, translator)).rejects.toMatchObject({
      fields: {
        file: expect.stringContaining("its source texts are those of no revision of the source"),
        b1: "The file's source reads “Protections” where the article's reads “Protection”.",
      },
    });

    await saveVersion(id, "en", { title: "Extradition refused", summary: "France said no, twice.", body: sourceBody, baseRevision: 2 }, editor);
    await expect(importVersionXliff(id, "ru", returned, 0, translator)).rejects.toMatchObject({
      fields: { file: expect.stringContaining("its source texts are those of revision 2 of the source, but the source is now at revision 3") },
    });

    // Revision 2's text restored as revision 4: the file's texts are the current source's again.
    await restoreRevision(id, "en", 2, 3, editor);
    const { result: version } = await importVersionXliff(id, "ru", returned, 0, translator);
    expect(version).toMatchObject({ revision: 1, title: "[ru] Extradition refused", basedOnRevisionId: (await listRevisions(id, "en")).items[0]?.id });
  });

  it("starts a second round from the translation: its text comes back as the targets", async () => {
    const { id, translator } = await articleWithSource();
    await importVersionXliff(id, "ru", translateTargets((await exportVersionXliff(id, "ru")).xml, (text) => `[ru] ${text}`), 0, translator);
    const again = await exportVersionXliff(id, "ru");
    expect(again.xml).toContain("<target>[ru] Protection</target>");
    await importVersionXliff(id, "ru", translateTargets(again.xml, (text) => `[ru2] ${text}`), 1, translator);
    expect((await listRevisions(id, "ru")).items.map((r) => [r.number, r.title])).toEqual([
      [2, "[ru2] Extradition refused"],
      [1, "[ru] Extradition refused"],
    ]);
  });

  it("refuses a second import against the same base as a conflict, keeping the first", async () => {
    const { id, translator } = await articleWithSource();
    const other = await makeActor("translator");
    const { xml } = await exportVersionXliff(id, "pl");
    await importVersionXliff(id, "pl", translateTargets(xml, (text) => `A: ${text}`), 0, translator);
    await expect(importVersionXliff(id, "pl", translateTargets(xml, (text) => `B: ${text}`), 0, other)).rejects.toMatchObject({ code: "conflict" });
    expect((await getArticle(id))?.versions.find((v) => v.locale === "pl")).toMatchObject({ revision: 1, title: "A: Extradition refused" });
  });

  it("refuses a file of another article, of an older source revision, broken or incomplete, each with its problems", async () => {
    const { id, editor, translator } = await articleWithSource();
    const other = await articleWithSource();
    const ours = translateTargets((await exportVersionXliff(id, "ru")).xml, (text) => `[ru] ${text}`);
    const theirs = translateTargets((await exportVersionXliff(other.id, "ru")).xml, (text) => `[ru] ${text}`);

    const refused = importVersionXliff(id, "ru", theirs, 0, translator);
    await expect(refused).rejects.toThrow("The XLIFF file was not imported (2 problems); nothing was changed.");
    await expect(refused).rejects.toMatchObject({
      code: "validation",
      fields: { file: expect.stringContaining("belongs to another article") },
    });
    await expect(importVersionXliff(id, "ru", ours.slice(0, 400), 0, translator)).rejects.toMatchObject({
      fields: { file: expect.stringContaining("not well-formed XML") },
    });
    await expect(importVersionXliff(id, "ru", removeUnit(ours, "b0"), 0, translator)).rejects.toMatchObject({
      fields: { b0: "This unit is missing from the file." },
    });

    await saveVersion(id, "en", { title: "Extradition refused", summary: "France said no, twice.", body: sourceBody, baseRevision: 2 }, editor);
    await expect(importVersionXliff(id, "ru", ours, 0, translator)).rejects.toMatchObject({
      fields: { file: expect.stringContaining("made from revision 2 of the source, but the source is now at revision 3") },
    });
    expect((await getArticle(id))?.versions.map((v) => v.locale)).toEqual(["en"]);
  });

  it("lets nobody import into the source, and translators only into translations", async () => {
    const { id, editor, translator } = await articleWithSource();
    const { xml } = await exportVersionXliff(id, "ru");
    await expect(importVersionXliff(id, "en", xml, 2, translator)).rejects.toMatchObject({ code: "forbidden" });
    await expect(importVersionXliff(id, "en", xml, 2, editor)).rejects.toMatchObject({ code: "validation" });
    await expect(exportVersionXliff(id, "en")).rejects.toMatchObject({ code: "validation" });
    await expect(exportVersionXliff("missing", "ru")).rejects.toMatchObject({ code: "not_found" });
  });
});
