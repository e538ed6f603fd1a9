import { MAX_SIGN_IN_WAIT_SECONDS } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { unique } from "../../test/fixtures";
import { clearSignInFailures, recordSignInFailure, signInWait } from "./sign-in-throttle";

describe("sign-in throttle", () => {
  it("lets five failures through, then makes the keys wait longer each time, and a success starts the account afresh", async () => {
    const account = `account:${unique("user")}@test.local`;
    const address = `address:${unique("ip")}`;
    const start = new Date("2026-12-01T10:00:00Z");
    for (let i = 0; i < 4; i++) await recordSignInFailure([account, address], start);
    expect(await signInWait([account, address], start)).toBe(0);

    await recordSignInFailure([account, address], start);
    expect(await signInWait([account, address], start)).toBe(5);
    expect(await signInWait([account], new Date(start.getTime() + 5_000))).toBe(0);
    await recordSignInFailure([account, address], start);
    expect(await signInWait([account], start)).toBe(10);

    for (let i = 0; i < 20; i++) await recordSignInFailure([account], start);
    expect(await signInWait([account], start)).toBe(MAX_SIGN_IN_WAIT_SECONDS);

    await clearSignInFailures(account);
    expect(await signInWait([account], start)).toBe(0);
    expect(await signInWait([address], start)).toBe(10);
  });
});
