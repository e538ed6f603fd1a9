import { describe, expect, it } from "vitest";
import { isDecodablePath } from "./url-path";

describe("isDecodablePath", () => {
  it("accepts plain and well-encoded paths, and refuses malformed percent-encoding", () => {
    expect(isDecodablePath("/en/articles/odf-delegation")).toBe(true);
    expect(isDecodablePath("/ru/search/%D0%90%D0%B1%D0%BB%D1%8F%D0%B7%D0%BE%D0%B2")).toBe(true);
    for (const path of ["/en/articles/%c0", "/media/%c0%ae%c0%ae/x", "/api/articles/%ff/versions/en", "/%", "/%E0%A4%A"]) expect(isDecodablePath(path), path).toBe(false);
  });
});
