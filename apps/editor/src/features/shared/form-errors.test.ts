import { ZPersonInput } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { issuesByPath, messageFor, splitList } from "./form-errors";

describe("form errors", () => {
  it("keys zod issues by their path and finds them for the enclosing field", () => {
    const result = ZPersonInput.safeParse({ name: "Mukhtar Ablyazov", nationalities: ["KZ", "XX"] });
    expect(result.success).toBe(false);
    const fields = result.success ? {} : issuesByPath(result.error);
    expect(fields).toEqual({ "nationalities.1": 'Unknown country code "XX"' });
    expect(messageFor(fields, "nationalities")).toBe('Unknown country code "XX"');
    expect(messageFor(fields, "nation")).toBeUndefined();
  });

  it("splits comma-separated entries without the blanks", () => {
    expect(splitList(" KZ, pl ,, ")).toEqual(["KZ", "pl"]);
    expect(splitList("")).toEqual([]);
  });
});
