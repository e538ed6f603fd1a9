import { accountThrottleKey, ZEmail, ZNewUser, ZTranslationRequest } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { type z } from "zod";
import { makeActor, unique } from "../../test/fixtures";
import { createArticle } from "../articles/articles";
import { listAuditEvents } from "./audit";
import { db } from "../infra/client";
import { recordSignInFailure, signInWait } from "./sign-in-throttle";
import { listTranslators, requestTranslations } from "../translation/translation-desk";
import {
  changeOwnPassword,
  createUser,
  endSessions,
  getSessionUser,
  getUser,
  listUsers,
  resetPassword,
  setUserRole,
  setUserStatus,
  upsertUser,
  verifyCredentials,
} from "./users";
import { assignReviewer, listReviewers } from "../workflow/workflow";

describe("users", () => {
  it("stores a bcrypt hash, never the password, and checks credentials against it", async () => {
    const typed = `${unique("Editor")}@Test.local`;
    const user = await upsertUser({ email: ZEmail.parse(typed), name: "Editor", role: "editor", password: "long enough secret" });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(row.email).toBe(typed.toLowerCase());

    expect(await verifyCredentials(ZEmail.parse(typed), "long enough secret")).toMatchObject({ id: user.id, role: "editor" });
    expect(await verifyCredentials(ZEmail.parse(typed), "wrong")).toBeNull();
    expect(await verifyCredentials(ZEmail.parse("nobody@test.local"), "long enough secret")).toBeNull();
  });

  it("never returns the password hash from ordinary reads", async () => {
    const user = await upsertUser({ email: ZEmail.parse(`${unique("t")}@test.local`), name: "T", role: "translator", password: "p" });
    const read = await getUser(user.id);
    expect(read).toEqual({ id: user.id, email: user.email, name: "T", role: "translator" });
    const raw = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(raw).not.toHaveProperty("passwordHash");
  });
});

describe("roles", () => {
  it("are changed by an admin, with the change and its before and after in the audit log", async () => {
    const admin = await makeActor("admin");
    const translator = await makeActor("translator");
    const updated = await setUserRole(translator.id, "editor", admin);
    expect(updated).toMatchObject({ id: translator.id, role: "editor" });
    expect((await getUser(translator.id))?.role).toBe("editor");

    const log = await listAuditEvents({ action: "user.role", actorId: admin.id }, admin);
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ targetType: "user", targetId: translator.id, summary: expect.stringContaining("translator → editor") });
    const event = await db().auditEvent.findUniqueOrThrow({ where: { id: log.items[0]?.id } });
    expect(event.details).toEqual({ before: "translator", after: "editor" });
  });

  it("record nothing when the role stays the same", async () => {
    const admin = await makeActor("admin");
    const editor = await makeActor("editor");
    await setUserRole(editor.id, "editor", admin);
    expect((await listAuditEvents({ actorId: admin.id }, admin)).items).toEqual([]);
  });

  it("are managed by admins only, and nobody changes their own", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    await expect(setUserRole(translator.id, "admin", editor)).rejects.toMatchObject({ code: "forbidden", message: "Only admins may change users' roles." });
    await expect(listUsers(editor)).rejects.toMatchObject({ code: "forbidden" });
    const admin = await makeActor("admin");
    await expect(setUserRole(admin.id, "editor", admin)).rejects.toMatchObject({ message: "You cannot change your own role; ask another admin." });
    await expect(setUserRole("nobody", "editor", admin)).rejects.toMatchObject({ code: "not_found" });
    expect((await listUsers(admin)).map((user) => user.id)).toEqual(expect.arrayContaining([editor.id, translator.id, admin.id]));
  });

  it("never demote the last admin, even when two admins demote each other", async () => {
    // Only the two admins of this test remain, as in a newsroom with two.
    await db().user.updateMany({ where: { role: "admin" }, data: { role: "editor" } });
    const first = await makeActor("admin");
    const second = await makeActor("admin");
    await setUserRole(second.id, "editor", first);
    // The second admin's page was opened before their demotion: their request still claims the admin role.
    await expect(setUserRole(first.id, "translator", second)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/is the last admin\./),
    });
    expect((await getUser(first.id))?.role).toBe("admin");
  });
});

describe("sessions", () => {
  it("end at sign-out and when the role or the password changes: a session of an older version finds no user", async () => {
    const admin = await makeActor("admin");
    const email = ZEmail.parse(`${unique("session")}@test.local`);
    await upsertUser({ email, name: "Session Tester", role: "editor", password: "correct horse battery" });
    const first = await verifyCredentials(email, "correct horse battery");
    if (!first) throw new Error("the test user cannot sign in");
    expect(await getSessionUser(first.id, first.sessionVersion)).toMatchObject({ id: first.id, role: "editor" });

    await endSessions(first.id);
    expect(await getSessionUser(first.id, first.sessionVersion)).toBeNull();

    const second = await verifyCredentials(email, "correct horse battery");
    await setUserRole(first.id, "translator", admin);
    expect(await getSessionUser(first.id, second?.sessionVersion ?? 0)).toBeNull();

    const third = await verifyCredentials(email, "correct horse battery");
    await upsertUser({ email, name: "Session Tester", role: "translator", password: "another horse battery" });
    expect(await getSessionUser(first.id, third?.sessionVersion ?? 0)).toBeNull();
    const fourth = await verifyCredentials(email, "another horse battery");
    expect(await getSessionUser(first.id, fourth?.sessionVersion ?? 0)).toMatchObject({ role: "translator" });
  });
});

describe("adding a user", () => {
  // The route parses its body with ZNewUser; the data layer takes what that parse gives.
  const newUser = (input: z.input<typeof ZNewUser>) => ZNewUser.parse(input);

  it("stores the account with its email trimmed and in lower case, the first password hashed, and the addition in the audit log", async () => {
    const admin = await makeActor("admin");
    const email = `${unique("Newcomer")}@Test.local`;
    const user = await createUser(newUser({ name: "Nadia Newcomer", email: `  ${email} `, role: "translator", password: "a first password" }), admin);
    expect(user).toMatchObject({ name: "Nadia Newcomer", email: email.toLowerCase(), role: "translator" });
    expect(await verifyCredentials(ZEmail.parse(email), "a first password")).toMatchObject({ id: user.id, role: "translator" });

    const log = await listAuditEvents({ action: "user.create", actorId: admin.id }, admin);
    expect(log.items).toEqual([expect.objectContaining({ targetType: "user", targetId: user.id, summary: `Nadia Newcomer (${email.toLowerCase()}) as translator` })]);
  });

  it("refuses an email that already has an account, whatever its case, with a conflict", async () => {
    const admin = await makeActor("admin");
    const email = `${unique("taken")}@test.local`;
    await createUser(newUser({ name: "First", email, role: "editor", password: "a first password" }), admin);
    await expect(createUser(newUser({ name: "Second", email: email.toUpperCase(), role: "admin", password: "another password" }), admin)).rejects.toMatchObject({
      code: "conflict",
      message: `${email} already has an account.`,
      fields: { email: "Already used by another account" },
    });
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it("is for admins only", async () => {
    const editor = await makeActor("editor");
    await expect(createUser(newUser({ name: "X", email: `${unique("x")}@test.local`, role: "admin", password: "a first password" }), editor)).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("changing one's password", () => {
  it("needs the current one; afterwards only the new one signs in and every earlier session has ended", async () => {
    const email = ZEmail.parse(`${unique("changer")}@test.local`);
    await upsertUser({ email, name: "Changer", role: "editor", password: "the old password" });
    const before = await verifyCredentials(email, "the old password");
    if (!before) throw new Error("the test user cannot sign in");
    const actor = { id: before.id, role: before.role };

    await changeOwnPassword(actor, { currentPassword: "the old password", newPassword: "the new password" });
    expect(await verifyCredentials(email, "the old password")).toBeNull();
    const after = await verifyCredentials(email, "the new password");
    expect(after?.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await getSessionUser(before.id, before.sessionVersion)).toBeNull();
    expect((await db().auditEvent.findMany({ where: { action: "user.password", targetId: before.id } })).map((event) => event.actorId)).toEqual([before.id]);
  });

  it("refuses a wrong current password, changes nothing, and counts it as a failed sign-in", async () => {
    const email = ZEmail.parse(`${unique("forgetful")}@test.local`);
    const user = await upsertUser({ email, name: "Forgetful", role: "translator", password: "the real password" });
    const before = await verifyCredentials(email, "the real password");
    const actor = { id: user.id, role: user.role };
    const attempt = () => changeOwnPassword(actor, { currentPassword: "a guess", newPassword: "whatever comes next" });
    await expect(attempt()).rejects.toMatchObject({ code: "validation", fields: { currentPassword: "Not your current password" } });
    expect(await verifyCredentials(email, "the real password")).toMatchObject({ sessionVersion: before?.sessionVersion });
    for (let i = 1; i < 5; i++) await expect(attempt()).rejects.toMatchObject({ code: "validation" });
    // The fifth failure in a row makes the account wait, for the sign-in form and this one alike.
    expect(await signInWait([accountThrottleKey(email)])).toBeGreaterThan(0);
    await expect(changeOwnPassword(actor, { currentPassword: "the real password", newPassword: "a new password now" })).rejects.toMatchObject({
      code: "too_many_requests",
      message: expect.stringMatching(/^Too many failed sign-ins\. Wait \d seconds/),
    });
  });
});

/** A user with a known password, signed in once: the session version that sign-in carries is theirs to check. */
async function signedInUser(role: "admin" | "editor" | "translator", password = "the password they had") {
  const email = ZEmail.parse(`${unique(role)}@test.local`);
  await upsertUser({ email, name: unique(`Person ${role}`), role, password });
  const session = await verifyCredentials(email, password);
  if (!session) throw new Error("the test user cannot sign in");
  return { email, session, actor: { id: session.id, role: session.role } };
}

describe("an admin resetting someone's password", () => {
  it("replaces it, ends every session of that user, and audits the reset without the password", async () => {
    const admin = await makeActor("admin");
    const { email, session } = await signedInUser("editor");
    await recordSignInFailure([accountThrottleKey(email)]);

    await resetPassword(session.id, { password: "a fresh first password" }, admin);
    expect(await verifyCredentials(email, "the password they had")).toBeNull();
    expect(await verifyCredentials(email, "a fresh first password")).toMatchObject({ id: session.id, sessionVersion: session.sessionVersion + 1 });
    expect(await getSessionUser(session.id, session.sessionVersion)).toBeNull();
    expect(await db().signInThrottle.findUnique({ where: { key: accountThrottleKey(email) } })).toBeNull();

    const log = await listAuditEvents({ action: "user.password_reset", actorId: admin.id }, admin);
    expect(log.items).toEqual([expect.objectContaining({ targetType: "user", targetId: session.id, summary: `${session.name} (${email})` })]);
    const event = await db().auditEvent.findUniqueOrThrow({ where: { id: log.items[0]?.id } });
    expect(JSON.stringify(event)).not.toContain("a fresh first password");
  });

  it("is for admins only, of someone who exists, and never of one's own password", async () => {
    const admin = await makeActor("admin");
    const editor = await makeActor("editor");
    const { session } = await signedInUser("translator");
    await expect(resetPassword(session.id, { password: "an intruder's choice" }, editor)).rejects.toMatchObject({ code: "forbidden" });
    await expect(resetPassword("nobody", { password: "a long enough one" }, admin)).rejects.toMatchObject({ code: "not_found" });
    await expect(resetPassword(admin.id, { password: "a long enough one" }, admin)).rejects.toMatchObject({
      code: "conflict",
      message: "Change your own password on Your account, where you confirm the current one.",
    });
    expect(await db().auditEvent.count({ where: { action: "user.password_reset", targetId: { in: [session.id, admin.id] } } })).toBe(0);
  });
});

describe("deactivating and reactivating an account", () => {
  it("keeps the person and their work, refuses their sessions at once, and gives access back on reactivation", async () => {
    const admin = await makeActor("admin");
    const { email, session, actor } = await signedInUser("editor");
    const { id: articleId } = await createArticle({ title: unique("Kept"), summary: "", slug: "" }, actor);

    const deactivated = await setUserStatus(session.id, "deactivated", admin);
    expect(deactivated.deactivatedAt).toBeInstanceOf(Date);
    expect(await getSessionUser(session.id, session.sessionVersion)).toBeNull();
    // The password still matches, so sign-in can say why it refuses; no session of theirs is accepted.
    const again = await verifyCredentials(email, "the password they had");
    expect(again).toMatchObject({ id: session.id, deactivated: true });
    expect(await getSessionUser(session.id, again?.sessionVersion ?? 0)).toBeNull();
    expect(await db().article.findUniqueOrThrow({ where: { id: articleId }, select: { authorId: true } })).toEqual({ authorId: session.id });
    expect((await listUsers(admin)).find((user) => user.id === session.id)?.deactivatedAt).toEqual(deactivated.deactivatedAt);
    // Adding them again is not the way back, and the refusal says which is.
    await expect(createUser(ZNewUser.parse({ name: "Again", email, role: "editor", password: "a first password" }), admin)).rejects.toMatchObject({
      code: "conflict",
      message: `${email} already has an account, deactivated: reactivate it in the list of users.`,
    });

    // Its role stays the one it left with until it is back, so reactivating hands out no right nobody saw given.
    await expect(setUserRole(session.id, "admin", admin)).rejects.toMatchObject({
      code: "conflict",
      message: `${session.name}'s account is deactivated. Reactivate it first, then change the role.`,
    });

    // Deactivating twice changes nothing more and records nothing more.
    await setUserStatus(session.id, "deactivated", admin);
    const reactivated = await setUserStatus(session.id, "active", admin);
    expect(reactivated.deactivatedAt).toBeNull();
    const back = await verifyCredentials(email, "the password they had");
    expect(back).toMatchObject({ deactivated: false });
    expect(await getSessionUser(session.id, back?.sessionVersion ?? 0)).toMatchObject({ id: session.id, role: "editor" });

    const log = await listAuditEvents({ actorId: admin.id }, admin);
    expect(log.items.map((item) => [item.action, item.summary])).toEqual([
      ["user.reactivate", `${session.name} (${email})`],
      ["user.deactivate", `${session.name} (${email})`],
    ]);
  });

  it("is for admins only, of someone who exists, and never of one's own account", async () => {
    const admin = await makeActor("admin");
    const editor = await makeActor("editor");
    await expect(setUserStatus(editor.id, "deactivated", editor)).rejects.toMatchObject({ code: "forbidden" });
    await expect(setUserStatus("nobody", "deactivated", admin)).rejects.toMatchObject({ code: "not_found" });
    await expect(setUserStatus(admin.id, "deactivated", admin)).rejects.toMatchObject({
      code: "conflict",
      message: "You cannot deactivate or reactivate your own account; ask another admin.",
    });
    expect((await getUser(admin.id))?.id).toBe(admin.id);
    expect(await getSessionUser(editor.id, 1)).toMatchObject({ id: editor.id });
  });

  it("never leaves the newsroom without an active admin, even when two admins deactivate each other", async () => {
    // Only the two admins of this test are active, as in a newsroom with two.
    await db().user.updateMany({ where: { role: "admin" }, data: { deactivatedAt: new Date() } });
    const first = await makeActor("admin");
    const second = await makeActor("admin");
    await db().user.updateMany({ where: { id: { in: [first.id, second.id] } }, data: { deactivatedAt: null } });
    await setUserStatus(second.id, "deactivated", first);
    // The second admin's page was opened before: their request still claims the admin role.
    await expect(setUserStatus(first.id, "deactivated", second)).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/is the last active admin\./) });
    // A deactivated admin is no admin to fall back on when demoting the last active one either.
    await expect(setUserRole(first.id, "editor", second)).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/is the last admin\./) });
    expect(await getSessionUser(first.id, 1)).toMatchObject({ role: "admin" });
  });

  it("takes a deactivated person out of the reviewer and translator pickers, and refuses new work for them", async () => {
    const admin = await makeActor("admin");
    const editor = await makeActor("editor");
    const reviewer = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id } = await createArticle({ title: unique("Picked"), summary: "", slug: "" }, editor);
    await assignReviewer(id, "en", reviewer.id, editor);
    await setUserStatus(reviewer.id, "deactivated", admin);
    await setUserStatus(translator.id, "deactivated", admin);

    expect((await listReviewers()).map((user) => user.id)).not.toContain(reviewer.id);
    // The version that names them still shows who was asked, marked as deactivated.
    expect((await listReviewers({ articleId: id, locale: "en" })).find((user) => user.id === reviewer.id)).toMatchObject({ deactivated: true });
    expect((await listReviewers({ articleId: id, locale: "en" })).find((user) => user.id === editor.id)).toMatchObject({ deactivated: false });
    await expect(assignReviewer(id, "en", reviewer.id, editor)).rejects.toMatchObject({ code: "validation", fields: { reviewerId: "Deactivated" } });

    expect((await listTranslators()).map((user) => user.id)).not.toContain(translator.id);
    const request = ZTranslationRequest.parse({ locales: ["ru"], dueDate: "", assigneeId: translator.id });
    await expect(requestTranslations(id, request, editor)).rejects.toMatchObject({ code: "validation" });
  });
});
