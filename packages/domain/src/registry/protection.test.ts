import { describe, expect, it } from "vitest";
import { ZPartialDate } from "./partial-date";
import { checkProtectionDate, PROTECTION_TYPES, ZProtectionInput } from "./protection";

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);

// Austria refused to extradite Artur Trofimov to Russia and gave him diplomatic protection.
const trofimov = { personId: "person-trofimov", type: "diplomatic_protection", grantingState: "AT", status: "granted" };

describe("ZProtectionInput", () => {
  it("accepts a protection and fills in what is not known", () => {
    expect(ZProtectionInput.parse(trofimov)).toEqual({
      ...trofimov,
      date: null,
      sourceUrl: null,
      sourceArticleId: null,
    });
  });

  it("reads the date, the country and the sources", () => {
    const parsed = ZProtectionInput.parse({
      personId: "person-ketebayev",
      type: "refugee_status",
      grantingState: "pl",
      date: "2014-06",
      status: "granted",
      sourceUrl: "https://en.odfoundation.eu/a/ketebayev",
      sourceArticleId: "article-1",
    });
    expect(parsed).toMatchObject({ grantingState: "PL", date: { year: 2014, month: 6 }, sourceArticleId: "article-1" });
  });

  it("takes every type of protection", () => {
    for (const type of PROTECTION_TYPES) expect(ZProtectionInput.safeParse({ ...trofimov, type }).success).toBe(true);
    expect(ZProtectionInput.safeParse({ ...trofimov, type: "temporary_visa" }).success).toBe(false);
  });

  it("refuses an unknown granting state", () => {
    expect(issues(ZProtectionInput.safeParse({ ...trofimov, grantingState: "XX" }))).toEqual([
      ["grantingState", 'Unknown country code "XX"'],
    ]);
    expect(ZProtectionInput.safeParse({ ...trofimov, grantingState: null }).success).toBe(false);
  });

  it("refuses an impossible date, an unknown status, a missing person and an unsafe link", () => {
    expect(issues(ZProtectionInput.safeParse({ ...trofimov, date: "2016-13" }))).toEqual([["date", "Not a real date: 2016-13"]]);
    expect(ZProtectionInput.safeParse({ ...trofimov, status: "expired" }).success).toBe(false);
    expect(issues(ZProtectionInput.safeParse({ ...trofimov, personId: "" }))).toEqual([["personId", "Choose a person"]]);
    expect(issues(ZProtectionInput.safeParse({ ...trofimov, sourceUrl: "javascript:alert(1)" }))).toEqual([
      ["sourceUrl", "Enter a web address starting with http:// or https://"],
    ]);
  });
});

describe("checkProtectionDate", () => {
  const d = (text: string) => ZPartialDate.parse(text);

  it("refuses a protection for Trofimov dated before his birth", () => {
    expect(checkProtectionDate(d("1960"), d("1963"))).toBe("A protection cannot be dated before the person's birth (1963)");
    expect(checkProtectionDate(d("1962-12-31"), d("1963"))).toBe("A protection cannot be dated before the person's birth (1963)");
  });

  it("lets the year of birth itself through when the dates do not say which came first", () => {
    expect(checkProtectionDate(d("1963"), d("1963"))).toBeNull();
    expect(checkProtectionDate(d("1963"), d("1963-05-07"))).toBeNull();
    expect(checkProtectionDate(d("1963-02"), d("1963"))).toBeNull();
  });

  it("refuses a date in the year of birth that is known to be earlier, naming the birth as precisely as known", () => {
    expect(checkProtectionDate(d("1963-02"), d("1963-05-07"))).toBe(
      "A protection cannot be dated before the person's birth (1963-05-07)",
    );
  });

  it("accepts later protections and skips the check when a date is unknown", () => {
    expect(checkProtectionDate(d("2014"), d("1963"))).toBeNull();
    expect(checkProtectionDate(null, d("1963"))).toBeNull();
    expect(checkProtectionDate(d("1900"), null)).toBeNull();
  });
});
