import { describe, expect, it } from "vitest";
import { formatDate, isoDate } from "./format-date";

const paris = new Date("2017-01-08T12:00:00.000Z");

describe("formatDate", () => {
  it.each([
    ["en", "January 8, 2017"],
    ["ru", "8 января 2017 г."],
    ["pl", "8 stycznia 2017"],
    ["fr", "8 janvier 2017"],
    ["de", "8. Januar 2017"],
    ["uk", "8 січня 2017 р."],
  ] as const)("writes the date as a reader of %s does", (locale, expected) => {
    expect(formatDate(paris, locale)).toBe(expected);
  });

  it("reads the day in UTC, whatever the server's time zone", () => {
    expect(formatDate(new Date("2017-01-08T23:30:00.000Z"), "en")).toBe("January 8, 2017");
    expect(formatDate(new Date("2017-01-08T00:15:00.000Z"), "en")).toBe("January 8, 2017");
  });
});

describe("isoDate", () => {
  it("gives the UTC day as YYYY-MM-DD", () => {
    expect(isoDate(paris)).toBe("2017-01-08");
    expect(isoDate(new Date("2015-05-22T23:59:59.999Z"))).toBe("2015-05-22");
  });
});
