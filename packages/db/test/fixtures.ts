import { randomBytes } from "node:crypto";
import { type RichTextDoc, type Role, ZEmail } from "@rightsdesk/domain";
import { type Actor } from "../src/access/access";
import { upsertTag } from "../src/articles/tags";
import { upsertUser } from "../src/access/users";
import { readVersionQueue, type VersionQueue } from "../src/workflow/work-queues";

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

export async function makeActor(role: Role): Promise<Actor> {
  const user = await upsertUser({ email: ZEmail.parse(`${unique(role)}@test.local`), name: role, role, password: "correct horse battery" });
  return { id: user.id, role: user.role };
}

export function makeTopicTag(labelEn: string) {
  return upsertTag({ kind: "topic", slug: unique("topic"), labels: { en: labelEn } });
}

export const body = (text: string): RichTextDoc => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

/** Every row of one of the dashboard's lists of versions, for `user`. */
export async function queue(name: VersionQueue, user: Actor) {
  return (await readVersionQueue(name, user, { skip: 0, take: 10_000 })).items;
}
