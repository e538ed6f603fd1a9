import { describe, expect, it } from "vitest";
import { groupByLetter, indexLetter } from "./alphabet";

describe("indexLetter", () => {
  it("files a Latin name under its letter without the accent", () => {
    expect(indexLetter("Élodie Martin", "fr")).toBe("E");
    expect(indexLetter("  mukhtar", "en")).toBe("M");
  });

  it("keeps a letter of another script as it is", () => {
    expect(indexLetter("Йосип", "uk")).toBe("Й");
    expect(indexLetter("ёлка", "ru")).toBe("Ё");
  });

  it("files a name that starts with no letter under #", () => {
    expect(indexLetter("1st Battalion", "en")).toBe("#");
    expect(indexLetter("«Мемориал»", "ru")).toBe("#");
    expect(indexLetter("", "en")).toBe("#");
  });
});

describe("groupByLetter", () => {
  it("groups in the reader's alphabetical order, with # last", () => {
    const names = ["Zhanna", "Ábel", "Adam", "42", "Borys", "Ålesund"];
    const groups = groupByLetter(names, (name) => name, "en");
    expect(groups).toEqual([
      { letter: "A", items: ["Ábel", "Adam", "Ålesund"] },
      { letter: "B", items: ["Borys"] },
      { letter: "Z", items: ["Zhanna"] },
      { letter: "#", items: ["42"] },
    ]);
  });

  it("orders Cyrillic letters as Russian readers do", () => {
    const groups = groupByLetter(["Яков", "Аблязов", "Ёлкин", "Егоров"], (name) => name, "ru");
    expect(groups.map((group) => group.letter)).toEqual(["А", "Е", "Ё", "Я"]);
  });
});
