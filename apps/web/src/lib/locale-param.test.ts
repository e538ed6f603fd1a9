import { LOCALES } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { localeParam } from "./locale-param";

/** What notFound() throws: Next.js recognises the 404 by this digest. */
const NOT_FOUND = expect.objectContaining({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });

describe("localeParam", () => {
  it.each(LOCALES)("accepts %s", (locale) => {
    expect(localeParam(locale)).toBe(locale);
  });

  it.each([["xx"], ["EN"], ["en-GB"], [""], ["favicon.ico"]])("answers %j with a 404", (value) => {
    expect(() => localeParam(value)).toThrow(NOT_FOUND);
  });
});
