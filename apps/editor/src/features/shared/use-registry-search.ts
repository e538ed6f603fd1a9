"use client";

import { type Mentionable, type MentionKind } from "@rightsdesk/domain";
import { useEffect, useState } from "react";
import { callApi } from "~/features/shared/api-client";

/** Waits for a pause in typing before asking the server, as the @ popup does. */
const DEBOUNCE_MS = 150;
/** A small page: the picker shows what the typed name finds, never the registry. */
const RESULT_LIMIT = 20;

export type RegistrySearch = { results: Mentionable[]; searching: boolean; problem: string | null };

/**
 * The registry records (of `kind` only, when given) whose name (any script or spelling, as the @ popup matches)
 * answers what is typed, from the server; answers to an older query than the latest typed are dropped.
 */
export function useRegistrySearch(query: string, kind?: MentionKind): RegistrySearch {
  const [state, setState] = useState<RegistrySearch>({ results: [], searching: false, problem: null });
  const q = query.trim();
  useEffect(() => {
    if (!q) {
      setState({ results: [], searching: false, problem: null });
      return;
    }
    let current = true;
    setState((before) => ({ ...before, searching: true }));
    const timer = setTimeout(async () => {
      const result = await callApi("searchMentions", { query: { q, limit: RESULT_LIMIT, kind } });
      if (!current) return;
      setState(result.ok ? { results: result.data.results, searching: false, problem: null } : { results: [], searching: false, problem: `Could not search the registry: ${result.error}` });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, kind]);
  return state;
}
