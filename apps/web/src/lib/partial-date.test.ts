import { describe, expect, it } from "vitest";
import { formatPartialDateLong, partialDateTime } from "./partial-date";

describe("formatPartialDateLong", () => {
  it("writes a year alone as the year", () => {
    expect(formatPartialDateLong({ year: 2013 }, "ru")).toBe("2013");
  });

  it("writes a month without inventing a day", () => {
    expect(formatPartialDateLong({ year: 2013, month: 7 }, "en")).toBe("July 2013");
    expect(formatPartialDateLong({ year: 2013, month: 7 }, "fr")).toBe("juillet 2013");
  });

  it("writes a full date in the reader's style, whatever the server's time zone", () => {
    expect(formatPartialDateLong({ year: 2013, month: 7, day: 31 }, "en")).toBe("July 31, 2013");
    expect(formatPartialDateLong({ year: 2013, month: 7, day: 31 }, "de")).toBe("31. Juli 2013");
  });
});

describe("partialDateTime", () => {
  it("gives the HTML datetime form, as precise as the date", () => {
    expect(partialDateTime({ year: 2016 })).toBe("2016");
    expect(partialDateTime({ year: 2016, month: 12 })).toBe("2016-12");
    expect(partialDateTime({ year: 2016, month: 12, day: 9 })).toBe("2016-12-09");
  });
});
