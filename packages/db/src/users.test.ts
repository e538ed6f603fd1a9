import { describe, expect, it } from "vitest";
import { unique } from "../test/fixtures";
import { db } from "./client";
import { getUser, upsertUser, verifyCredentials } from "./users";

describe("users", () => {
  it("stores a bcrypt hash, never the password, and checks credentials against it", async () => {
    const email = `${unique("Editor")}@Test.local`;
    const user = await upsertUser({ email, name: "Editor", role: "editor", password: "long enough secret" });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(row.email).toBe(email.toLowerCase());

    expect(await verifyCredentials(email, "long enough secret")).toMatchObject({ id: user.id, role: "editor" });
    expect(await verifyCredentials(email, "wrong")).toBeNull();
    expect(await verifyCredentials("nobody@test.local", "long enough secret")).toBeNull();
  });

  it("never returns the password hash from ordinary reads", async () => {
    const user = await upsertUser({ email: `${unique("t")}@test.local`, name: "T", role: "translator", password: "p" });
    const read = await getUser(user.id);
    expect(read).toEqual({ id: user.id, email: user.email, name: "T", role: "translator" });
    const raw = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(raw).not.toHaveProperty("passwordHash");
  });
});
