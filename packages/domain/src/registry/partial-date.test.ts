import { describe, expect, it } from "vitest";
import {
  comparePartialDates,
  formatPartialDate,
  isCertainlyBefore,
  type PartialDate,
  partialDateYear,
  ZPartialDate,
} from "./partial-date";

const message = (input: unknown) => ZPartialDate.safeParse(input).error?.issues[0]?.message;

describe("ZPartialDate", () => {
  it.each([
    ["2013", { year: 2013 }],
    ["2013-07", { year: 2013, month: 7 }],
    ["2013-07-31", { year: 2013, month: 7, day: 31 }],
    [" 2016-12 ", { year: 2016, month: 12 }],
    ["2012-02-29", { year: 2012, month: 2, day: 29 }],
    ["2000-02-29", { year: 2000, month: 2, day: 29 }],
    ["1800", { year: 1800 }],
    ["2100-12-31", { year: 2100, month: 12, day: 31 }],
  ])("reads %j", (input, expected) => {
    expect(ZPartialDate.parse(input)).toStrictEqual(expected);
  });

  it("takes the object form too, leaving out what is not known", () => {
    expect(ZPartialDate.parse({ year: 2013, month: 5, day: 31 })).toStrictEqual({ year: 2013, month: 5, day: 31 });
    expect(ZPartialDate.parse({ year: 2013 })).toStrictEqual({ year: 2013 });
    // As a database row gives it.
    expect(ZPartialDate.parse({ year: 2016, month: 12, day: null })).toStrictEqual({ year: 2016, month: 12 });
  });

  it.each([
    ["2013-02-30", "Not a real date: 2013-02-30"],
    ["2013-02-29", "Not a real date: 2013-02-29"],
    ["1900-02-29", "Not a real date: 1900-02-29"],
    ["2013-04-31", "Not a real date: 2013-04-31"],
    ["2016-13", "Not a real date: 2016-13"],
    ["2016-00", "Not a real date: 2016-00"],
    ["2016-01-00", "Not a real date: 2016-01-00"],
    ["1799", "Year must be between 1800 and 2100"],
    ["2101-01-01", "Year must be between 1800 and 2100"],
  ])("refuses the impossible date %j", (input, expected) => {
    expect(message(input)).toBe(expected);
  });

  it("refuses impossible dates in the object form with the same messages", () => {
    expect(message({ year: 2013, month: 2, day: 30 })).toBe("Not a real date: 2013-02-30");
    expect(message({ year: 1500 })).toBe("Year must be between 1800 and 2100");
    expect(message({ year: 2013, day: 31 })).toBe("A date with a day needs a month");
  });

  it.each([["31.07.2013"], ["2013-7-31"], ["13"], ["July 2013"], [""], ["2013-07-31T00:00"]])(
    "refuses %j and says which forms it takes",
    (input) => {
      expect(message(input)).toBe("Enter a date as YYYY, YYYY-MM or YYYY-MM-DD");
    },
  );

  it.each([[2013], [null], [undefined], [{ year: "2013" }], [{ year: 2013.5 }], [{ year: 2013, month: 7.5 }]])("refuses %j", (input) => {
    expect(ZPartialDate.safeParse(input).success).toBe(false);
  });
});

describe("formatPartialDate", () => {
  it("writes each precision back in the form it is typed", () => {
    expect(formatPartialDate({ year: 2013 })).toBe("2013");
    expect(formatPartialDate({ year: 2013, month: 7 })).toBe("2013-07");
    expect(formatPartialDate({ year: 2013, month: 7, day: 1 })).toBe("2013-07-01");
  });

  it.each([["2013"], ["2013-05"], ["2013-05-31"], ["1963-11-04"]])("round-trips %j", (text) => {
    expect(formatPartialDate(ZPartialDate.parse(text))).toBe(text);
  });
});

describe("comparePartialDates", () => {
  const d = (text: string): PartialDate => ZPartialDate.parse(text);

  it("puts a less precise date before the more precise dates of its period", () => {
    const order = ["2013-08", "2013-07-31", "2013", "2012-12-31", "2013-07", "2014", "2013-01-01"];
    expect(order.map(d).sort(comparePartialDates).map(formatPartialDate)).toEqual([
      "2012-12-31",
      "2013",
      "2013-01-01",
      "2013-07",
      "2013-07-31",
      "2013-08",
      "2014",
    ]);
  });

  it("says 0 for the same date and is antisymmetric", () => {
    expect(comparePartialDates(d("2013-07"), d("2013-07"))).toBe(0);
    expect(Math.sign(comparePartialDates(d("2013"), d("2013-07")))).toBe(-1);
    expect(Math.sign(comparePartialDates(d("2013-07"), d("2013")))).toBe(1);
    expect(Math.sign(comparePartialDates(d("2013-07-31"), d("2013-08")))).toBe(-1);
  });
});

describe("partialDateYear", () => {
  it("is the year whatever the precision", () => {
    expect(partialDateYear({ year: 1963 })).toBe(1963);
    expect(partialDateYear({ year: 2016, month: 12, day: 9 })).toBe(2016);
  });
});

describe("isCertainlyBefore", () => {
  const d = (text: string): PartialDate => ZPartialDate.parse(text);

  it.each([
    ["2012", "2013", true],
    ["2012-12-31", "2013", true],
    ["2013-05", "2013-07-31", true],
    ["2013-07-30", "2013-07-31", true],
    ["2013", "2013-07", false],
    ["2013-07", "2013", false],
    ["2013-07", "2013-07-31", false],
    ["2013-07-31", "2013-07-31", false],
    ["2014", "2013-12-31", false],
  ])("%s before %s: %s", (a, b, expected) => {
    expect(isCertainlyBefore(d(a), d(b))).toBe(expected);
  });
});
