import { displayName, type Locale } from "@rightsdesk/domain";
import { type PublicPersonPage } from "@rightsdesk/db/public";
import { type Metadata } from "next";
import Link from "next/link";
import { CaseTimeline } from "~/components/case-timeline";
import { JsonLd } from "~/components/json-ld";
import { LinkedArticles } from "~/components/linked-articles";
import { LocalizedText } from "~/components/localized-text";
import { PersonLink } from "~/components/person-link";
import { ProtectionsTable } from "~/components/protections-table";
import { interpolate, messages } from "~/i18n/messages";
import { registryLabels, splitAtName } from "~/i18n/registry-labels";
import { everyLanguage, hreflangLinks } from "~/lib/alternates";
import { countryName } from "~/lib/country-name";
import { breadcrumbJsonLd, personJsonLd } from "~/lib/json-ld";
import { localeParam } from "~/lib/locale-param";
import { pickLocalized } from "~/lib/localized";
import { casePath, homePath, personPath } from "~/lib/paths";
import { getPerson, listLinkedArticles } from "~/lib/registry";
import { ownRelationKind } from "~/lib/relations";
import { siteUrl } from "~/lib/site-url";
import { followOldSlug } from "~/lib/old-slug";
import { slugParam } from "~/lib/slug-param";

// Rendered on its first visit, then served from the cache until the editor revalidates what it shows (see [locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

async function loadPerson(params: Props["params"]) {
  const { locale: rawLocale, slug: rawSlug } = await params;
  const locale = localeParam(rawLocale);
  const slug = slugParam(rawSlug);
  const page = await getPerson(slug);
  if (!page) return followOldSlug("people", locale, slug);
  return { locale, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await loadPerson(params);
  const name = displayName(page.person, locale);
  return {
    title: name,
    description: interpolate(messages(locale).personDescription, { name }),
    alternates: {
      canonical: personPath(locale, page.person.slug),
      languages: hreflangLinks(everyLanguage((other) => personPath(other, page.person.slug))),
    },
  };
}

export default async function PersonPage({ params }: Props) {
  const { locale, page } = await loadPerson(params);
  const { person } = page;
  const t = messages(locale);
  const labels = registryLabels(locale);
  const name = displayName(person, locale);
  // Every other spelling, the canonical name included when the reader sees a variant.
  const otherNames = [...new Set([person.name, ...person.variants.map((variant) => variant.name)])].filter((other) => other !== name);
  const bio = pickLocalized(person.bio, locale);
  const articles = await listLinkedArticles(locale, { personSlug: person.slug });
  const origin = siteUrl();
  const url = new URL(personPath(locale, person.slug), origin).href;
  return (
    <article className="registry-page">
      <JsonLd
        data={[
          personJsonLd(person, locale, url),
          breadcrumbJsonLd([
            { name: t.latestNews, url: new URL(homePath(locale), origin).href },
            { name, url },
          ]),
        ]}
      />
      <header className="registry-header">
        <h1>{name}</h1>
        {otherNames.length > 0 ? (
          <p className="other-names">
            <span className="visually-hidden">{t.otherNames}: </span>
            {otherNames.join(" · ")}
          </p>
        ) : null}
      </header>

      <dl className="facts">
        <div>
          <dt>{t.status}</dt>
          <dd>{labels.personStatus[person.status]}</dd>
        </div>
        {person.birth ? (
          <div>
            <dt>{t.birthYear}</dt>
            <dd>
              <time dateTime={String(person.birth.year)}>{person.birth.year}</time>
            </dd>
          </div>
        ) : null}
        {person.nationalities.length > 0 ? (
          <div>
            <dt>{t.nationality}</dt>
            <dd>{person.nationalities.map((code) => countryName(code, locale)).join(", ")}</dd>
          </div>
        ) : null}
      </dl>

      {bio ? (
        <section aria-labelledby="bio-heading">
          <h2 id="bio-heading">{t.biography}</h2>
          {bio.fallback ? <p className="fallback-notice">{t.notTranslated}</p> : null}
          <div className="bio">
            {bio.text.split(/\n\s*\n/).map((paragraph, i) => (
              <LocalizedText key={i} as="p" choice={{ ...bio, text: paragraph }} locale={locale} />
            ))}
          </div>
        </section>
      ) : null}

      {page.protections.length > 0 ? (
        <section aria-labelledby="protections-heading">
          <h2 id="protections-heading">{t.protections}</h2>
          <ProtectionsTable rows={page.protections} locale={locale} caption={`${t.protections}: ${name}`} variant="person" />
        </section>
      ) : null}

      <PersonCases cases={page.cases} locale={locale} />
      <Relations relations={page.relations} locale={locale} />
      <LinkedArticles articles={articles} locale={locale} />
    </article>
  );
}

function PersonCases({ cases, locale }: { cases: PublicPersonPage["cases"]; locale: Locale }) {
  if (cases.length === 0) return null;
  const t = messages(locale);
  const labels = registryLabels(locale);
  return (
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">{t.cases}</h2>
      {cases.map((item) => {
        const title = pickLocalized(item.title, locale);
        return (
          <section key={item.id} className="case-summary" aria-labelledby={`case-${item.id}`}>
            <h3 id={`case-${item.id}`}>
              <Link href={casePath(locale, item.slug)}>{title ? <LocalizedText choice={title} locale={locale} /> : item.slug}</Link>
            </h3>
            <p className="case-meta">
              {labels.caseKind[item.kind]} · {t.role}: {labels.participantRole[item.role]} · {labels.caseStatus[item.status]}
              {item.outcome ? ` · ${labels.caseOutcome[item.outcome]}` : null}
            </p>
            <CaseTimeline events={item.timeline} locale={locale} />
          </section>
        );
      })}
    </section>
  );
}

function Relations({ relations, locale }: { relations: PublicPersonPage["relations"]; locale: Locale }) {
  if (relations.length === 0) return null;
  const labels = registryLabels(locale);
  return (
    <section aria-labelledby="relations-heading">
      <h2 id="relations-heading">{messages(locale).relations}</h2>
      <ul className="relations">
        {relations.map((relation) => {
          const [before, after] = splitAtName(labels.relation[ownRelationKind(relation)]);
          return (
            <li key={`${relation.direction}-${relation.kind}-${relation.person.slug}`}>
              {before}
              <PersonLink person={relation.person} locale={locale} />
              {after}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
