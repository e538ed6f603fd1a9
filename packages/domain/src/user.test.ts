import { describe, expect, it } from "vitest";
import { ZCredentials } from "./user";

describe("ZCredentials", () => {
  it("lower-cases the email", () => {
    expect(ZCredentials.parse({ email: "Editor@RightsDesk.Local", password: "secret" })).toEqual({
      email: "editor@rightsdesk.local",
      password: "secret",
    });
  });

  it("trims the email before checking it, so a stray space does not refuse a valid address", () => {
    expect(ZCredentials.parse({ email: "  editor@rightsdesk.local ", password: "secret" }).email).toBe("editor@rightsdesk.local");
  });

  it.each([["not-an-email"], [""], ["a b@example.org"], [undefined]])("refuses the email %j with a message", (email) => {
    expect(ZCredentials.safeParse({ email, password: "secret" }).error?.issues[0]?.message).toBe("Enter a valid email address");
  });

  it("requires a password", () => {
    expect(ZCredentials.safeParse({ email: "editor@rightsdesk.local", password: "" }).error?.issues[0]?.message).toBe(
      "Enter your password",
    );
  });
});
