import { describe, expect, expectTypeOf, it } from "vitest";
import { type Email, generatePassword, PASSWORD_MIN_LENGTH, ZCredentials, ZEmail, ZNewUser, ZPasswordChange, ZPasswordReset } from "./user";

describe("ZEmail", () => {
  it("gives the address as accounts store it: trimmed and in lower case", () => {
    expect(ZEmail.parse("  Nadia@Example.ORG ")).toBe("nadia@example.org");
  });

  it("is the only way to an Email: a plain string is not one, so the data layer can trust the ones it gets", () => {
    expectTypeOf<string>().not.toExtend<Email>();
    expectTypeOf(ZNewUser.parse({ name: "N", email: "n@example.org", role: "editor", password: "twelve chars" }).email).toEqualTypeOf<Email>();
  });
});

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

describe("ZNewUser", () => {
  const valid = { name: " Nadia Newcomer ", email: "  Nadia@Example.ORG ", role: "translator", password: "twelve chars" };

  it("trims the name and normalises the email (trimmed, lower case)", () => {
    expect(ZNewUser.parse(valid)).toEqual({ name: "Nadia Newcomer", email: "nadia@example.org", role: "translator", password: "twelve chars" });
  });

  it("asks for a first password of at least 12 characters", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(ZNewUser.safeParse({ ...valid, password: "eleven char" }).error?.issues[0]).toMatchObject({ path: ["password"], message: "Use at least 12 characters" });
  });

  it.each([
    [{ name: "   " }, "name", "Enter a name"],
    [{ email: "not-an-email" }, "email", "Enter a valid email address"],
    [{ role: "owner" }, "role", undefined],
  ])("refuses %j with a message on its field", (change, field, message) => {
    const issue = ZNewUser.safeParse({ ...valid, ...change }).error?.issues[0];
    expect(issue?.path).toEqual([field]);
    if (message) expect(issue?.message).toBe(message);
  });
});

describe("ZPasswordReset", () => {
  it("takes a new first password under the rules of Add a user", () => {
    expect(ZPasswordReset.parse({ password: "twelve chars" })).toEqual({ password: "twelve chars" });
    expect(ZPasswordReset.parse({ password: generatePassword() }).password).toHaveLength(20);
  });

  it.each([[{ password: "eleven char" }], [{ password: "" }], [{}], [{ password: 123456789012 }]])("refuses %j on the password field", (input) => {
    expect(ZPasswordReset.safeParse(input).error?.issues[0]).toMatchObject({ path: ["password"], message: "Use at least 12 characters" });
  });

  it("refuses an absurdly long one", () => {
    expect(ZPasswordReset.safeParse({ password: "x".repeat(201) }).error?.issues[0]?.message).toBe("Use at most 200 characters");
  });
});

describe("ZPasswordChange", () => {
  const valid = { currentPassword: "old password", newPassword: "a new long password", repeatedPassword: "a new long password" };

  it("takes the current password and a new one typed twice", () => {
    expect(ZPasswordChange.parse(valid)).toEqual(valid);
  });

  it.each([
    [{ currentPassword: "" }, "currentPassword", "Enter your current password"],
    [{ newPassword: "too short", repeatedPassword: "too short" }, "newPassword", "Use at least 12 characters"],
    [{ repeatedPassword: "a new long passwort" }, "repeatedPassword", "The two new passwords are not the same"],
    [{ newPassword: "old password", repeatedPassword: "old password", currentPassword: "old password" }, "newPassword", "Choose a password other than your current one"],
  ])("refuses %j with a message on its field", (change, field, message) => {
    expect(ZPasswordChange.safeParse({ ...valid, ...change }).error?.issues[0]).toMatchObject({ path: [field], message });
  });
});

describe("generatePassword", () => {
  it("gives 20 letters and digits without look-alikes, a valid first password, different each time", () => {
    const passwords = Array.from({ length: 50 }, generatePassword);
    for (const password of passwords) {
      expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{20}$/);
      expect(ZNewUser.shape.password.safeParse(password).success).toBe(true);
    }
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});
