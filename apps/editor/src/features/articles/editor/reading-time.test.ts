import { describe, expect, it } from "vitest";
import { describeLength, readingMinutes } from "./reading-time";

describe("readingMinutes", () => {
  it.each([
    [0, 0],
    [1, 1],
    [199, 1],
    [300, 2],
    [1250, 6],
  ])("%i words take %i min", (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});

describe("describeLength", () => {
  it("says how long the text is and how long it takes to read", () => {
    expect(describeLength(0)).toBe("0 words");
    expect(describeLength(1)).toBe("1 word · under a minute to read");
    expect(describeLength(1250)).toBe("1,250 words · 6 min read");
  });
});
