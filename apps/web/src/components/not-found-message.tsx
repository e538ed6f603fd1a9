"use client";

import Link from "next/link";
import { useParams } from "next/navigation";

export type NotFoundText = { title: string; text: string; back: string };

// Locales are plain strings here so that no domain code (and no zod) is bundled for the browser.
type Props = { texts: Record<string, NotFoundText>; fallbackLocale: string };

export function NotFoundMessage({ texts, fallbackLocale }: Props) {
  const params = useParams<{ locale?: string }>();
  const locale = params.locale !== undefined && params.locale in texts ? params.locale : fallbackLocale;
  const text = texts[locale];
  if (!text) return null;
  return (
    <div className="not-found">
      <h1>{text.title}</h1>
      <p>{text.text}</p>
      <p>
        <Link href={`/${locale}`}>{text.back}</Link>
      </p>
    </div>
  );
}
