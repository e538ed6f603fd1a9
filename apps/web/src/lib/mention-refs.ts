import { type PublicMention } from "@rightsdesk/db/public";
import { type Locale } from "@rightsdesk/domain";
import { type MentionRef } from "@rightsdesk/rich-text";
import { casePath, personPath } from "./paths";

/** Where a mention links on the public site: the person's or case's page; an organisation has none here, so its website. */
export function mentionRefs(resolved: ReadonlyMap<string, PublicMention>, locale: Locale): Map<string, MentionRef> {
  return new Map(
    [...resolved].map(([key, mention]) => {
      const href =
        mention.kind === "organisation" ? mention.website : mention.kind === "person" ? personPath(locale, mention.slug) : casePath(locale, mention.slug);
      return [key, { label: mention.name, href }];
    }),
  );
}
