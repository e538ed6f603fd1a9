import { describe, expect, it } from "vitest";
import { languageName } from "./language-name";

describe("languageName", () => {
  it("names a language in the reader's language", () => {
    expect(languageName("ru", "en")).toBe("Russian");
    expect(languageName("en", "ru")).toBe("английский");
    expect(languageName("en", "de")).toBe("Englisch");
    expect(languageName("en", "fr")).toBe("anglais");
  });
});
