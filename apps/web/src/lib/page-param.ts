import { ZPage } from "@rightsdesk/domain";
import { notFound } from "next/navigation";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The `?page=N` of an old listing link; a repeated parameter counts by its first value, anything unusable as page 1. */
export function pageParam(searchParams: SearchParams): number {
  const value = searchParams.page;
  return ZPage.parse(Array.isArray(value) ? value[0] : value);
}

/**
 * The `[page]` segment of a listing's later pages (`/en/page/2`). Page 1 is the listing's own address,
 * so "1", "01" or anything but a whole number from 2 up names no page.
 */
export function pageSegment(value: string): number {
  if (!/^[1-9][0-9]{0,5}$/.test(value) || value === "1") notFound();
  return Number(value);
}
