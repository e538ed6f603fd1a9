import { awaitingReview, mediaTextsToPublish, myDrafts, scheduledVersions, unpublishedChanges } from "@rightsdesk/db";
import { can, LOCALE_NAMES, SOURCE_LOCALE, type WorkflowItem } from "@rightsdesk/domain";
import Link from "next/link";
import { type ReactNode } from "react";
import { MediaTextsToPublishList } from "~/components/media-texts-to-publish";
import { formatUtc } from "~/lib/format-utc";
import { requireUser } from "~/lib/session";

export const metadata = { title: "Dashboard" };

type SectionProps = { title: string; items: WorkflowItem[]; empty: string; when: (item: WorkflowItem) => ReactNode; children?: ReactNode };

function Section({ title, items, empty, when, children }: SectionProps) {
  const id = `dashboard-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="change-list">
          {items.map((item) => (
            <li key={`${item.articleId}:${item.locale}`}>
              <Link href={`/articles/${item.articleId}/${item.locale}`}>{item.title}</Link> · {LOCALE_NAMES[item.locale]}
              <div className="save-state">{when(item)}</div>
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

/** What needs the user now: their drafts, what they are asked to review, and what goes live on its own. */
export default async function DashboardPage() {
  const user = await requireUser();
  // Only those who may publish are asked to publish others' changes.
  const publishes = can(user.role, { kind: "version.publish", locale: SOURCE_LOCALE });
  const [drafts, reviews, scheduled, toPublish, mediaToPublish] = await Promise.all([
    myDrafts(user.id),
    awaitingReview(user),
    scheduledVersions(),
    publishes ? unpublishedChanges() : [],
    publishes ? mediaTextsToPublish() : [],
  ]);
  return (
    <>
      <h1>Dashboard</h1>
      <Section
        title="My drafts"
        items={drafts}
        empty="No drafts of yours. Versions you last saved appear here until they are submitted for review."
        when={(item) => `last saved ${formatUtc(item.updatedAt)}`}
      />
      <Section
        title="Waiting for my review"
        items={reviews}
        empty="Nothing is waiting for your review."
        when={(item) => (item.reviewerId === user.id ? "asked of you" : "no reviewer asked yet")}
      />
      {publishes && (
        <Section
          title="Changes to publish"
          items={toPublish}
          empty="Every published version shows readers its latest text."
          when={(item) => `saved ${formatUtc(item.updatedAt)}; readers still see the published text`}
        >
          {/* A translator's alt text, caption or transcript of media that readers see waits here too. */}
          <MediaTextsToPublishList initial={mediaToPublish.map(({ savedAt, ...item }) => ({ ...item, saved: formatUtc(savedAt) }))} />
        </Section>
      )}
      <Section
        title="Scheduled"
        items={scheduled}
        empty="Nothing is scheduled. Schedule an approved version from its editor to publish it at a set time."
        when={(item) => (item.scheduledAt ? `goes live on ${formatUtc(item.scheduledAt)}` : "")}
      />
      <p>
        <Link href="/">All articles</Link>
      </p>
    </>
  );
}
