import { readFileSync } from "node:fs";
import { segmentsOf } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import {
  applyXliff,
  exportXliff,
  matchSourceRevision,
  parseXliff,
  type ParsedXliff,
  type SourceCandidate,
  type XliffProblem,
  type XliffResult,
} from "./index";
import { XLIFF_NS } from "./namespaces";
import { editTargets, removeMetadata, removeUnit, translateTargets } from "./testing/edit-file";
import { expectation, exportInput, russian, source, SOURCE_REVISION } from "./testing/sample-article";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

function parsed(xml: string): ParsedXliff {
  const result = parseXliff(xml);
  if (!result.ok) throw new Error(`Expected a valid file: ${JSON.stringify(result.problems)}`);
  return result.value;
}

const problemsOf = <T>(result: XliffResult<T>): XliffProblem[] => (result.ok ? [] : result.problems);

describe("exportXliff", () => {
  it("writes an XLIFF 2.0 file with the article id, source revision and one unit per title, summary and segment", () => {
    const file = parsed(exportXliff(exportInput(null)));
    expect(file).toMatchObject({ version: "2.0", srcLang: "en", trgLang: "ru", fileId: expectation.articleId });
    expect(file.meta).toMatchObject({ sourceRevision: "3", sourceRevisionId: SOURCE_REVISION.id });
    expect(file.units.map((unit) => unit.id)).toEqual(["title", "summary", ...segmentsOf(source.body).map((segment) => segment.id)]);
    expect(file.units.every((unit) => unit.target === null)).toBe(true);
  });

  it("prefills targets from an aligned translation, marks and placeholders as the source's codes", () => {
    expect(exportXliff(exportInput(russian))).toBe(fixture("valid-ru.xlf"));
  });
});

describe("applyXliff", () => {
  it("builds the translation from a valid file", () => {
    expect(applyXliff(parsed(fixture("valid-ru.xlf")), expectation)).toEqual({ ok: true, value: russian });
  });

  it("round-trips: export, translate every target, import gives the same structure with new text", () => {
    const edited = translateTargets(exportXliff(exportInput(null)), (text) => text.toUpperCase());
    const result = applyXliff(parsed(edited), expectation);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.title).toBe(source.title.toUpperCase());
    expect(segmentsOf(result.value.body).map((segment) => [segment.id, segment.block])).toEqual(
      segmentsOf(source.body).map((segment) => [segment.id, segment.block]),
    );
    expect(result.value.body.content[0]?.content?.[1]).toEqual({
      type: "text",
      text: "CONSEIL D'ÉTAT",
      marks: [{ type: "link", attrs: { href: "https://example.org/conseil-d-etat" } }],
    });
    expect(result.value.body.content[3]?.attrs?.alt).toBe("THE COURT IN PARIS");
  });

  it("takes revised targets of a prefilled file as the new translation", () => {
    const revised = editTargets(fixture("valid-ru.xlf"), (text, unit) => (unit === "b1" ? `${text} и в США` : text));
    const result = applyXliff(parsed(revised), expectation);
    expect(result.ok && result.value.body.content[1]).toEqual({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Защита в Европе и в США" }] });
    expect(result.ok && result.value.body.content[0]).toEqual(russian.body.content[0]);
  });

  it("refuses a file of another article and says so", () => {
    expect(problemsOf(applyXliff(parsed(fixture("other-article-ru.xlf")), expectation))).toEqual([
      { where: "file", message: expect.stringContaining("belongs to another article (id cm4kyivbirthday00002)") },
    ]);
  });

  it("refuses a file made from another source revision or for another language", () => {
    const newer = { ...expectation, sourceRevision: { number: 4, id: "cm4revisionsource0004" } };
    expect(problemsOf(applyXliff(parsed(fixture("valid-ru.xlf")), newer))[0]?.message).toBe(
      "The file was made from revision 3 of the source, but the source is now at revision 4. Export a new file and carry your translations over.",
    );
    expect(problemsOf(applyXliff(parsed(fixture("valid-ru.xlf")), { ...expectation, targetLocale: "pl" }))[0]?.message).toContain(
      'translation into "ru", not into "pl"',
    );
  });

  it("lists every missing segment", () => {
    expect(problemsOf(applyXliff(parsed(fixture("missing-segments-ru.xlf")), expectation))).toEqual([
      { where: "summary", message: "This unit is missing from the file." },
      { where: "b2.1.0", message: "This unit is missing from the file." },
    ]);
  });

  it("reports unknown units, empty targets and inline codes the source does not have", () => {
    const edited = fixture("valid-ru.xlf")
      .replace("<target>Защита в Европе</target>", "<target> </target>")
      .replace('<ph id="2" dataRef="d2" type="other" disp="Mukhtar Ablyazov"/> не', '<ph id="7" dataRef="d7"/> не')
      .replace("  </file>", '    <unit id="b9"><segment><source>x</source><target>y</target></segment></unit>\n  </file>');
    expect(problemsOf(applyXliff(parsed(edited), expectation))).toEqual([
      { where: "b0", message: 'The target\'s inline code <ph> with id "7" does not exist in the source.' },
      { where: "b1", message: "This unit has no translation (its <target> is missing or empty)." },
      { where: "b9", message: "This unit is not part of the article's source revision." },
    ]);
  });
});

describe("applyXliff on a file a tool saved without our metadata", () => {
  const older = { ...source, summary: "The Conseil d'État blocked the request." };
  const OLDER_REVISION = { number: 2, id: "cm4revisionsource0002" };
  const history: SourceCandidate[] = [
    { revision: SOURCE_REVISION, content: source },
    { revision: OLDER_REVISION, content: older },
  ];
  const applyByTexts = (xml: string) => {
    const file = parsed(xml);
    return applyXliff(file, { ...expectation, revisionByTexts: matchSourceRevision(file, history) });
  };
  const unnamed = "The file does not say which source revision it was made from (the tool that saved it dropped its RightsDesk metadata)";

  it("imports it when its source texts are the current revision's", () => {
    expect(applyByTexts(removeMetadata(fixture("valid-ru.xlf")))).toEqual({ ok: true, value: russian });
  });

  it("matches texts whitespace aside, as a tool re-indents a file that does not preserve whitespace", () => {
    const reindented = removeMetadata(fixture("valid-ru.xlf"))
      .replace(' xml:space="preserve"', "")
      .replace(/<(source|target)>/g, "<$1>\n          ")
      .replace(/<pc /g, "\n          <pc ")
      .replace(/<\/(source|target)>/g, "\n        </$1>");
    expect(applyByTexts(reindented)).toEqual({ ok: true, value: russian });
  });

  it("takes the newest of several revisions with the same texts", () => {
    const file = parsed(removeMetadata(fixture("valid-ru.xlf")));
    const restored = { number: 4, id: "cm4revisionsource0004" };
    expect(matchSourceRevision(file, [{ revision: restored, content: source }, ...history])).toEqual(restored);
    expect(matchSourceRevision(file, [{ revision: OLDER_REVISION, content: older }])).toBeNull();
  });

  it("refuses a file whose texts are an older revision's, naming it, as when the metadata names it", () => {
    const made = removeMetadata(exportXliff({ ...exportInput(russian), source: older, sourceRevision: OLDER_REVISION }));
    expect(problemsOf(applyByTexts(made))).toEqual([
      {
        where: "file",
        message: `${unnamed}; its source texts are those of revision 2 of the source, but the source is now at revision 3. Export a new file and carry your translations over.`,
      },
    ]);
  });

  it("lists what differs, unit by unit, when its texts are no revision's", () => {
    const changed = removeUnit(removeMetadata(fixture("valid-ru.xlf")), "b3.alt")
      .replace("<source>Protection in Europe</source>", "<source>Protection in Central Asia</source>")
      .replace('<source><pc id="1" dataRefStart="d1" type="fmt" subType="xlf:b">Poland:</pc> Muratbek Ketebayev</source>', "<source>Poland: Muratbek Ketebayev</source>")
      .replace("  </file>", '  <unit id="b9"><segment><source>x</source><target>y</target></segment></unit>\n  </file>');
    expect(problemsOf(applyByTexts(changed))).toEqual([
      {
        where: "file",
        message: `${unnamed}, and its source texts are those of no revision of the source. The units listed differ from the current source (revision 3): export the file again, or put back the source texts the tool changed.`,
      },
      { where: "b1", message: "The file's source reads “Protection in Central Asia” where the article's reads “Protection in Europe”." },
      { where: "b2.0.0", message: "The inline codes (<pc>, <ph>) of the file's source are not the article's." },
      { where: "b3.alt", message: "This unit of the source is missing from the file." },
      { where: "b9", message: "The source has no such unit." },
    ]);
  });

  it("shows a long text from a little before the place it differs", () => {
    const changed = removeMetadata(fixture("valid-ru.xlf")).replace("could not be surrendered.</source>", "could never be surrendered.</source>");
    expect(problemsOf(applyByTexts(changed))[1]).toEqual({
      where: "b0",
      message: "The file's source reads “…d'État ruled that could never be surrendered.” where the article's reads “…d'État ruled that could not be surrendered.”.",
    });
  });

  it("refuses another article's file with that problem alone", () => {
    expect(problemsOf(applyByTexts(removeMetadata(fixture("other-article-ru.xlf"))))).toEqual([
      { where: "file", message: expect.stringContaining("belongs to another article (id cm4kyivbirthday00002)") },
    ]);
  });
});

describe("parseXliff", () => {
  it("refuses broken XML with the parser's reason", () => {
    const problems = problemsOf(parseXliff(fixture("broken.xlf")));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^The file is not well-formed XML \(.+\)\. Check that it was saved completely/);
  });

  it("refuses a document type declaration, so entities are never expanded (billion laughs, XXE)", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;">]><xliff xmlns="${XLIFF_NS}" version="2.0">&b;</xliff>`;
    const external = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff xmlns="${XLIFF_NS}" version="2.0"/>`;
    for (const xml of [laughs, external]) {
      expect(parseXliff(xml).ok).toBe(false);
      expect(JSON.stringify(problemsOf(parseXliff(xml)))).not.toContain("lol");
    }
    expect(problemsOf(parseXliff(external))[0]?.message).toContain("document type declaration");
  });

  it("refuses a character XML does not allow, written out or referred to, instead of storing it", () => {
    const valid = fixture("valid-ru.xlf");
    const target = valid.indexOf("</target>");
    for (const [bad, shown] of [["&#xD800;", "&#xD800;"], ["&#0;", "&#0;"], ["\u0000", "U+0000"], ["\uD800", "U+D800"]] as const) {
      const xml = `${valid.slice(0, target)}${bad}${valid.slice(target)}`;
      expect(problemsOf(parseXliff(xml))[0]?.message, shown).toBe(
        `The file contains a character that XML does not allow (${shown}). Export it again from your tool, or remove that character.`,
      );
    }
    expect(parseXliff(valid.replace("</target>", "&#x1F1F5;&#9;</target>")).ok).toBe(true);
  });

  it("refuses files that are not XLIFF 2.0 or too large", () => {
    expect(problemsOf(parseXliff("<html><body/></html>"))[0]?.message).toContain("not an XLIFF 2.0 file");
    expect(problemsOf(parseXliff(fixture("valid-ru.xlf").replace('version="2.0"', 'version="1.2"')))[0]?.message).toContain("Only XLIFF 2.0");
    expect(problemsOf(parseXliff(`<x>${"a".repeat(3_000_001)}</x>`))[0]?.message).toBe("The file is larger than 3 MB.");
  });

  it("reads whitespace as layout unless the file preserves it", () => {
    const xml = `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="en" trgLang="ru"><file id="a"><unit id="b0"><segment>
      <source>
        In the
        <pc id="1">Conseil  d'État</pc> ruled.<ph id="2"/>
      </source>
      <target xml:space="preserve"> Раз  <ph id="2"/></target></segment></unit></file></xliff>`;
    expect(parsed(xml).units[0]).toEqual({
      id: "b0",
      source: [{ kind: "text", text: "In the " }, { kind: "pc", id: "1", content: [{ kind: "text", text: "Conseil d'État" }] }, { kind: "text", text: " ruled." }, { kind: "ph", id: "2" }],
      target: [{ kind: "text", text: " Раз  " }, { kind: "ph", id: "2" }],
    });
  });

  it("joins a unit split into several segments and reads annotations and code points as text", () => {
    const xml = `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="en" trgLang="ru"><file id="a"><unit id="title">
      <segment><source>One.</source><target>Раз.</target></segment><ignorable><source> </source></ignorable>
      <segment><source>Two.</source><target><mrk id="m1" type="term">Два</mrk><cp hex="0021"/></target></segment></unit></file></xliff>`;
    expect(parsed(xml).units[0]).toEqual({ id: "title", source: [{ kind: "text", text: "One. Two." }], target: [{ kind: "text", text: "Раз. Два!" }] });
  });
});
