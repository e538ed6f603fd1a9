"use client";

import { type Locale, LOCALE_NAMES, type Role, SOURCE_LOCALE } from "@rightsdesk/domain";
import { useId, useState } from "react";
import { type MediaItem } from "~/features/media/media";
import { MediaDetailsForm } from "~/features/media/media-details-form";
import { MediaThumb } from "~/features/media/media-thumb";

type Props = { items: MediaItem[]; locale: Locale; role: Role };

/** What a translation still lacks of one asset's descriptions, in words. */
function missingIn(item: MediaItem, locale: Locale): string[] {
  const fields = [
    ["alt text", item.kind === "image" ? item.alt : {}],
    ["caption", item.caption],
    ["transcript", item.kind === "video" ? item.transcript : {}],
  ] as const;
  return fields.filter(([, texts]) => texts[SOURCE_LOCALE] && !texts[locale]).map(([name]) => name);
}

/**
 * The media of the article being translated, each with its source-language descriptions beside the
 * form for this language: alt text, captions and transcripts belong to the asset, so translating
 * them here serves every article that shows it.
 */
export function TranslationMedia({ items: initial, locale, role }: Props) {
  const headingId = useId();
  const [items, setItems] = useState(initial);
  if (items.length === 0) return null;
  const saved = (next: MediaItem) => setItems((current) => current.map((item) => (item.id === next.id ? next : item)));
  return (
    <section className="card translation-media" aria-labelledby={headingId}>
      <h2 id={headingId}>Media descriptions in {LOCALE_NAMES[locale]}</h2>
      <ul>
        {items.map((item) => {
          const missing = missingIn(item, locale);
          const name = item.alt[SOURCE_LOCALE] || item.caption[SOURCE_LOCALE] || (item.kind === "video" ? "Video" : "Image");
          return (
            <li key={item.id} aria-label={name} className="translation-media-item">
              <MediaThumb item={item} />
              <div>
                <p lang={SOURCE_LOCALE}>
                  <strong>{LOCALE_NAMES[SOURCE_LOCALE]}:</strong> {name}
                  {item.caption[SOURCE_LOCALE] && item.caption[SOURCE_LOCALE] !== name && ` · ${item.caption[SOURCE_LOCALE]}`}
                </p>
                <p className={missing.length ? "badge outdated" : "badge published"}>
                  {missing.length ? `Missing in ${LOCALE_NAMES[locale]}: ${missing.join(", ")}` : `Described in ${LOCALE_NAMES[locale]}`}
                </p>
                {item.pending[locale] && <p className="badge in_review">Changes wait for an editor</p>}
                <MediaDetailsForm key={locale} item={item} role={role} onSaved={saved} fixedLocale={locale} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
