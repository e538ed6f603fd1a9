import { describe, expect, it } from "vitest";
import { ZEventParams, ZRevisionParams, ZVersionParams } from "./route-params";

describe("route params", () => {
  it("read a version's address: an id and one of our languages", () => {
    expect(ZVersionParams.parse({ id: "a1", locale: "ru" })).toEqual({ id: "a1", locale: "ru" });
    expect(ZVersionParams.safeParse({ id: "a1", locale: "xx" }).success).toBe(false);
    expect(ZVersionParams.safeParse({ id: "", locale: "en" }).success).toBe(false);
  });

  it("read a revision as a number from the address, or the latest", () => {
    expect(ZRevisionParams.parse({ id: "a1", locale: "en", number: "7" }).number).toBe(7);
    expect(ZRevisionParams.parse({ id: "a1", locale: "en", number: "latest" }).number).toBe("latest");
    for (const number of ["0", "-1", "1.5", "seven", "99999999999"]) {
      expect(ZRevisionParams.safeParse({ id: "a1", locale: "en", number }).success, number).toBe(false);
    }
  });

  it("read a timeline event in the language of the address", () => {
    expect(ZEventParams.parse({ eventId: "e1", locale: "uk" })).toEqual({ eventId: "e1", locale: "uk" });
    expect(ZEventParams.safeParse({ eventId: "e1" }).success).toBe(false);
  });
});
