import Link from "next/link";

/** What an index says when it shows nothing, with the way back to all of it where there is more to show. */
export function EmptyState({ message, showAll }: { message: string; showAll: { href: string; label: string } | null }) {
  return (
    <div className="empty-state">
      <p>{message}</p>
      {showAll ? (
        <p>
          <Link href={showAll.href}>{showAll.label}</Link>
        </p>
      ) : null}
    </div>
  );
}
