import { type QueuePage, type QueueWindow, type WorkflowItem, type WorkQueue } from "@rightsdesk/domain";
import { type Actor } from "../access/access";
import { db } from "../infra/client";
import { Prisma } from "../generated/prisma/client";
import { toLocale } from "../mappers";

/*
 * The dashboard's lists of language versions, one window at a time with the list's full count: the
 * dashboard reads five rows of each and a full list fifty, however many drafts a newsroom keeps.
 */

export type VersionQueue = Exclude<WorkQueue, "media-texts">;

const itemSelect = {
  articleId: true,
  locale: true,
  title: true,
  status: true,
  reviewerId: true,
  scheduledAt: true,
  updatedAt: true,
  article: { select: { slug: true } },
} satisfies Prisma.ArticleVersionSelect;

function toItem({ article, ...row }: Prisma.ArticleVersionGetPayload<{ select: typeof itemSelect }>): WorkflowItem {
  return { ...row, articleSlug: article.slug, locale: toLocale(row.locale) };
}

type Order = Prisma.ArticleVersionOrderByWithRelationInput[];

async function pageWhere(where: Prisma.ArticleVersionWhereInput, orderBy: Order, window: QueueWindow): Promise<QueuePage<WorkflowItem>> {
  const [rows, total] = await Promise.all([
    db().articleVersion.findMany({ where, select: itemSelect, orderBy: [...orderBy, { id: "asc" }], ...window }),
    db().articleVersion.count({ where }),
  ]);
  return { items: rows.map(toItem), total };
}

/**
 * Versions chosen by comparing two of their columns, which Prisma's filters cannot: SQL picks one
 * window's ids (`from` joins and filters "ArticleVersion" v) and counts them all; Prisma reads the rows.
 */
async function pageFromSql(from: Prisma.Sql, sqlOrder: Prisma.Sql, orderBy: Order, { skip, take }: QueueWindow): Promise<QueuePage<WorkflowItem>> {
  const [ids, [count]] = await Promise.all([
    db().$queryRaw<{ id: string }[]>`SELECT v."id" ${from} ORDER BY ${sqlOrder}, v."id" ASC LIMIT ${take} OFFSET ${skip}`,
    db().$queryRaw<{ total: number }[]>`SELECT COUNT(*)::int AS total ${from}`,
  ]);
  const total = count?.total ?? 0;
  if (ids.length === 0) return { items: [], total };
  const { items } = await pageWhere({ id: { in: ids.map((row) => row.id) } }, orderBy, { skip: 0, take });
  return { items, total };
}

/** One window of a dashboard list of language versions, for `user`. */
export function readVersionQueue(queue: VersionQueue, user: Actor, window: QueueWindow): Promise<QueuePage<WorkflowItem>> {
  switch (queue) {
    case "review": {
      // Editors and admins also see what nobody was asked to review yet, after what was asked of them; longest waiting first.
      const reviewers = user.role === "translator" ? [{ reviewerId: user.id }] : [{ reviewerId: user.id }, { reviewerId: null }];
      return pageWhere({ status: "in_review", OR: reviewers }, [{ reviewerId: { sort: "asc", nulls: "last" } }, { updatedAt: "asc" }], window);
    }
    case "publish":
      // Published versions with saves readers do not see yet (a translator's update), longest waiting first.
      return pageFromSql(
        Prisma.sql`FROM "ArticleVersion" v JOIN "ArticleRevision" r ON r."id" = v."publishedRevisionId"
          WHERE v."status" = 'published' AND r."number" < v."revision"`,
        Prisma.sql`v."updatedAt" ASC`,
        [{ updatedAt: "asc" }],
        window,
      );
    case "drafts":
      // Drafts whose latest revision the user wrote: what they are working on, latest change first.
      return pageFromSql(
        Prisma.sql`FROM "ArticleVersion" v JOIN "ArticleRevision" r ON r."versionId" = v."id" AND r."number" = v."revision"
          WHERE v."status" = 'draft' AND r."authorId" = ${user.id}`,
        Prisma.sql`v."updatedAt" DESC`,
        [{ updatedAt: "desc" }],
        window,
      );
    case "scheduled":
      return pageWhere({ status: "scheduled" }, [{ scheduledAt: "asc" }], window);
  }
}
