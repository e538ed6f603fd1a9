import { describe, expect, it } from "vitest";
import { slotParams } from "./slot-params";

describe("slotParams", () => {
  it("reads a locale and a slug", () => {
    expect(slotParams({ locale: "ru", slug: "mukhtar-ablyazov" })).toEqual({ locale: "ru", slug: "mukhtar-ablyazov" });
    expect(slotParams({ locale: "pl" })).toEqual({ locale: "pl", slug: null });
  });

  it("gives null for what names no page", () => {
    expect(slotParams({ locale: "xx" })).toBeNull();
    expect(slotParams({ locale: "en", slug: "Not A Slug" })).toEqual({ locale: "en", slug: null });
  });
});
