import { describe, expect, it } from "vitest";
import { protectionFilterParam } from "./protection-filter";

describe("protectionFilterParam", () => {
  it("reads state and type", () => {
    expect(protectionFilterParam({ state: "PL", type: "refugee_status" })).toEqual({ state: "PL", type: "refugee_status" });
  });

  it("accepts a lower-case country code", () => {
    expect(protectionFilterParam({ state: "fr" })).toEqual({ state: "FR" });
  });

  it("is no filter without parameters or with the empty 'all' choice", () => {
    expect(protectionFilterParam({})).toEqual({});
    expect(protectionFilterParam({ state: "", type: "" })).toEqual({});
  });

  it("ignores values that are not a country or a protection type", () => {
    expect(protectionFilterParam({ state: "XX", type: "refugee_status" })).toEqual({ type: "refugee_status" });
    expect(protectionFilterParam({ state: "PL", type: "<script>" })).toEqual({ state: "PL" });
    expect(protectionFilterParam({ state: "Poland'--", type: "ASYLUM" })).toEqual({});
  });

  it("takes the first of a repeated parameter", () => {
    expect(protectionFilterParam({ state: ["DE", "PL"], type: [] })).toEqual({ state: "DE" });
  });
});
