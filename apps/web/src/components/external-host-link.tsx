import { sourceHost } from "~/lib/source-host";

/** A table cell's link to another site, named by its host; "—" when there is none. */
export function ExternalHostLink({ url }: { url: string | null | undefined }) {
  return url ? (
    <a href={url} rel="noopener noreferrer external">
      {sourceHost(url)}
    </a>
  ) : (
    "—"
  );
}
