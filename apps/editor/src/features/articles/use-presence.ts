"use client";

import { type Locale, PRESENCE_HEARTBEAT_MS, type PresentUser } from "@rightsdesk/domain";
import { useEffect, useState } from "react";
import { callApi } from "~/features/shared/api-client";

/**
 * Announces that this page has the version open (a heartbeat now, every few seconds, and when the tab
 * comes back into view) and answers who else has; leaving the page says goodbye at once.
 */
export function usePresence(articleId: string, locale: Locale, enabled: boolean): PresentUser[] {
  const [others, setOthers] = useState<PresentUser[]>([]);
  useEffect(() => {
    if (!enabled) return;
    const version = { params: { id: articleId, locale } };
    let live = true;
    const beat = async () => {
      const result = await callApi("heartbeat", version);
      // A failed beat (offline) keeps the last answer: the others expire on the server anyway.
      if (live && result.ok) setOthers(result.data.others);
    };
    // keepalive lets the request outlive the page that sends it.
    const leave = () => void callApi("leaveVersion", version, { keepalive: true });
    const onVisibility = () => {
      if (document.visibilityState === "visible") void beat();
    };
    void beat();
    const timer = window.setInterval(() => void beat(), PRESENCE_HEARTBEAT_MS);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", leave);
    return () => {
      live = false;
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [articleId, locale, enabled]);
  return others;
}
