import { describe, expect, it } from "vitest";
import { CLOUD_SIZES, cloudSize } from "./tag-cloud";

describe("cloudSize", () => {
  it("gives the most used tag the largest size and a tag of one article the smallest", () => {
    expect(cloudSize(300, 300)).toBe(CLOUD_SIZES);
    expect(cloudSize(1, 300)).toBe(1);
  });

  it("grows with the count on a logarithmic scale", () => {
    expect(cloudSize(17, 300)).toBe(3);
    expect(cloudSize(5, 300)).toBeLessThan(cloudSize(50, 300));
  });

  it("is the smallest size when every tag has one article", () => {
    expect(cloudSize(1, 1)).toBe(1);
  });
});
