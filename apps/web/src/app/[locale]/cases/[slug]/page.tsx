import { type Locale } from "@rightsdesk/domain";
import { type Metadata } from "next";
import { CaseTimeline } from "~/components/case-timeline";
import { LinkedArticles } from "~/components/linked-articles";
import { PersonLink } from "~/components/person-link";
import { interpolate, messages } from "~/i18n/messages";
import { registryLabels } from "~/i18n/registry-labels";
import { everyLanguage, hreflangLinks } from "~/lib/alternates";
import { countryName } from "~/lib/country-name";
import { localeParam } from "~/lib/locale-param";
import { pickLocalized } from "~/lib/localized";
import { casePath } from "~/lib/paths";
import { getCase, listLinkedArticles } from "~/lib/registry";
import { followOldSlug } from "~/lib/old-slug";
import { slugParam } from "~/lib/slug-param";

// Rendered on its first visit, then served from the cache until the editor revalidates what it shows (see [locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

async function loadCase(params: Props["params"]) {
  const { locale: rawLocale, slug: rawSlug } = await params;
  const locale = localeParam(rawLocale);
  const slug = slugParam(rawSlug);
  const page = await getCase(slug);
  if (!page) return followOldSlug("cases", locale, slug);
  // The English title is required on input; the slug is only a last resort for a damaged record.
  const title = pickLocalized(page.case.title, locale) ?? { text: page.case.slug, locale, fallback: false };
  return { locale, page, title };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page, title } = await loadCase(params);
  return {
    title: title.text,
    description: interpolate(messages(locale).caseDescription, { title: title.text }),
    alternates: {
      canonical: casePath(locale, page.case.slug),
      languages: hreflangLinks(everyLanguage((other) => casePath(other, page.case.slug))),
    },
  };
}

const countries = (codes: readonly string[], locale: Locale) => codes.map((code) => countryName(code, locale)).join(", ");

export default async function CasePage({ params }: Props) {
  const { locale, page, title } = await loadCase(params);
  const { case: item, participants } = page;
  const t = messages(locale);
  const labels = registryLabels(locale);
  const articles = await listLinkedArticles(locale, { caseSlug: item.slug });
  return (
    <article className="registry-page">
      <header className="registry-header">
        <h1 lang={title.locale === locale ? undefined : title.locale}>{title.text}</h1>
      </header>

      <dl className="facts">
        <div>
          <dt>{t.caseKind}</dt>
          <dd>{labels.caseKind[item.kind]}</dd>
        </div>
        {item.requestingStates.length > 0 ? (
          <div>
            <dt>{t.requestingStates}</dt>
            <dd>{countries(item.requestingStates, locale)}</dd>
          </div>
        ) : null}
        {item.onBehalfOf.length > 0 ? (
          <div>
            <dt>{t.onBehalfOf}</dt>
            <dd>{countries(item.onBehalfOf, locale)}</dd>
          </div>
        ) : null}
        {item.venueState ? (
          <div>
            <dt>{t.venueState}</dt>
            <dd>{countryName(item.venueState, locale)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t.status}</dt>
          <dd>{labels.caseStatus[item.status]}</dd>
        </div>
        {item.outcome ? (
          <div>
            <dt>{t.outcome}</dt>
            <dd>{labels.caseOutcome[item.outcome]}</dd>
          </div>
        ) : null}
      </dl>

      {participants.length > 0 ? (
        <section aria-labelledby="participants-heading">
          <h2 id="participants-heading">{t.participants}</h2>
          <ul className="participants">
            {participants.map((participant) => (
              <li key={`${participant.person.slug}-${participant.role}`}>
                <PersonLink person={participant.person} locale={locale} />
                <span className="participant-role"> — {labels.participantRole[participant.role]}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {item.timeline.length > 0 ? (
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">{t.timeline}</h2>
          <CaseTimeline events={item.timeline} locale={locale} />
        </section>
      ) : null}

      <LinkedArticles articles={articles} locale={locale} />
    </article>
  );
}
