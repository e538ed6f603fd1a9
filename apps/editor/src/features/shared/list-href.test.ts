import { describe, expect, it } from "vitest";
import { listHref } from "./list-href";

describe("listHref", () => {
  it("keeps the search and filters, drops the position unless it is set, and leaves out empty values", () => {
    const params = { q: "Аблязов", status: "", tag: ["kz", "ru"], after: "2026-11-30T10:00:00.000Z_abc" };
    expect(listHref("/", params)).toBe("/?q=%D0%90%D0%B1%D0%BB%D1%8F%D0%B7%D0%BE%D0%B2&tag=kz");
    expect(listHref("/people", { q: "a b" }, { after: "Name_id1" })).toBe("/people?q=a+b&after=Name_id1");
    expect(listHref("/audit", { action: "user.role", actor: "u1" }, { actor: undefined })).toBe("/audit?action=user.role");
    expect(listHref("/audit", {})).toBe("/audit");
  });
});
