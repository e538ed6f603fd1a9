import { describe, expect, it } from "vitest";
import { filterSlashItems, moveSelection, SLASH_ITEMS } from "./slash-menu";

const labels = (query: string) => filterSlashItems(query).map((item) => item.label);

describe("filterSlashItems", () => {
  it("offers every block before anything is typed", () => {
    expect(labels("")).toEqual(["Heading 2", "Heading 3", "Bullet list", "Numbered list", "Quote", "Statement", "Divider"]);
    expect(SLASH_ITEMS).toHaveLength(7);
  });

  it("narrows by name or keyword, ignoring case", () => {
    expect(labels("STAT")).toEqual(["Statement"]);
    expect(labels("head")).toEqual(["Heading 2", "Heading 3"]);
    expect(labels("list")).toEqual(["Bullet list", "Numbered list"]);
    expect(labels("hr")).toEqual(["Divider"]);
    expect(labels("cite")).toEqual(["Statement"]);
  });

  it("offers nothing for text no block matches", () => {
    expect(labels("table")).toEqual([]);
  });
});

describe("moveSelection", () => {
  it("moves down and up and wraps around", () => {
    expect(moveSelection(0, 3, 1)).toBe(1);
    expect(moveSelection(2, 3, 1)).toBe(0);
    expect(moveSelection(0, 3, -1)).toBe(2);
    expect(moveSelection(0, 0, 1)).toBe(0);
  });
});
