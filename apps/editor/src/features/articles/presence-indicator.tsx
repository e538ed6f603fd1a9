"use client";

import { type Locale } from "@rightsdesk/domain";
import { usePresence } from "~/features/articles/use-presence";

/** "Also editing: …" next to the editor, announced politely when someone arrives or leaves. */
export function PresenceIndicator({ articleId, locale, enabled }: { articleId: string; locale: Locale; enabled: boolean }) {
  const others = usePresence(articleId, locale, enabled);
  return (
    <p className="presence" role="status">
      {others.length > 0 && `Also editing: ${others.map((user) => user.name).join(", ")}`}
    </p>
  );
}
