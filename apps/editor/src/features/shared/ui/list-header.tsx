import Link from "next/link";

/** A list page's heading with its "New …" button, shown only to those who may create. */
export function ListHeader({ title, create }: { title: string; create: { href: string; label: string } | null }) {
  return (
    <div className="toolbar-row">
      <h1 style={{ margin: 0, flex: 1 }}>{title}</h1>
      {create && (
        <Link className="button primary" href={create.href}>
          {create.label}
        </Link>
      )}
    </div>
  );
}
