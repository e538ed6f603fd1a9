import { ZSlug } from "@rightsdesk/domain";
import { notFound } from "next/navigation";

/** A `[slug]` route segment; what cannot be a slug names nothing, so it is not looked up. */
export function slugParam(value: string): string {
  const result = ZSlug.safeParse(value);
  if (!result.success || result.data !== value) notFound();
  return result.data;
}
