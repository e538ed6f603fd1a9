import { describe, expect, it } from "vitest";
import { apiResult } from "./api-client";

describe("apiResult", () => {
  it("hands a success's answer on as it came", () => {
    expect(apiResult<{ id: string }>(201, { id: "a1" })).toEqual({ ok: true, data: { id: "a1" } });
  });

  it("gives a refusal's message and the fields it names", () => {
    expect(apiResult(400, { error: "Check the title", fields: { title: "Enter a title" } })).toEqual({
      ok: false,
      status: 400,
      error: "Check the title",
      fields: { title: "Enter a title" },
    });
  });

  it("says what the server answered when the refusal is not ours (a proxy's page, no body, another shape)", () => {
    for (const json of [null, "<html>Bad gateway</html>", { error: 42 }, { message: "nope" }]) {
      expect(apiResult(502, json)).toEqual({ ok: false, status: 502, error: "The server answered 502.", fields: undefined });
    }
  });
});
