import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TextDiff } from "./revision-diff";

/** The text a screen reader or a copy reads: the markup without its tags. */
const textOf = (html: string) => html.replace(/<h3[^>]*>.*?<\/h3>/, "").replace(/<[^>]+>/g, "");

describe("TextDiff", () => {
  it("sets replaced words apart from the words that replace them", () => {
    const html = renderToStaticMarkup(<TextDiff label="Body" before="The court adjourned the hearing." after="The prosecutor asked the hearing." />);
    expect(html).toContain("<del>court adjourned</del> <ins>prosecutor asked</ins>");
    expect(textOf(html)).toBe("The court adjourned prosecutor asked the hearing.");
  });

  it("adds no space where the texts already have one", () => {
    const html = renderToStaticMarkup(<TextDiff label="Body" before="Extradition refused." after="Extradition refused. Upheld on appeal." />);
    expect(textOf(html)).toBe("Extradition refused. Upheld on appeal.");
  });

  it("shows the paragraphs around a change and counts the unchanged others", () => {
    const before = ["One.", "Two.", "Three.", "Four.", "Five."].join("\n\n");
    const html = renderToStaticMarkup(<TextDiff label="Body" before={before} after={before.replace("Four.", "Four. Upheld on appeal.")} />);
    expect(textOf(html)).toBe("… 2 unchanged paragraphs …Three.Four. Upheld on appeal.Five.");
  });
});
