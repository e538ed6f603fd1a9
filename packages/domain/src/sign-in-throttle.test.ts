import { describe, expect, it } from "vitest";
import { MAX_SIGN_IN_WAIT_SECONDS, signInWaitMessage, signInWaitSeconds } from "./sign-in-throttle";

describe("signInWaitSeconds", () => {
  it("lets the first few mistakes through, then doubles the wait, never beyond a quarter of an hour", () => {
    expect([0, 1, 4].map(signInWaitSeconds)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map(signInWaitSeconds)).toEqual([5, 10, 20, 40]);
    expect(signInWaitSeconds(30)).toBe(MAX_SIGN_IN_WAIT_SECONDS);
    expect(signInWaitSeconds(10_000)).toBe(MAX_SIGN_IN_WAIT_SECONDS);
  });
});

describe("signInWaitMessage", () => {
  it("says how long to wait in seconds or minutes", () => {
    expect(signInWaitMessage(4.2)).toBe("Too many failed sign-ins. Wait 5 seconds, then try again.");
    expect(signInWaitMessage(600)).toBe("Too many failed sign-ins. Wait 10 minutes, then try again.");
  });
});
