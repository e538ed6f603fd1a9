import { describe, expect, it } from "vitest";
import { slugParam } from "./slug-param";

const NOT_FOUND = expect.objectContaining({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });

describe("slugParam", () => {
  it("accepts article and tag slugs", () => {
    expect(slugParam("open-dialog-meets-ablyazov-in-paris")).toBe("open-dialog-meets-ablyazov-in-paris");
    expect(slugParam("fr")).toBe("fr");
  });

  it.each([["Paris"], ["%D0%B0"], [" fr"], ["a--b"], [""]])("answers %j with a 404 without a lookup", (value) => {
    expect(() => slugParam(value)).toThrow(NOT_FOUND);
  });
});
