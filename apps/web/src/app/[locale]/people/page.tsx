import { displayName } from "@rightsdesk/domain";
import { type Metadata } from "next";
import { EmptyState } from "~/components/empty-state";
import { LetterIndex } from "~/components/letter-index";
import { CountryProtectionFilter } from "~/components/country-protection-filter";
import { PersonLink } from "~/components/person-link";
import { messages } from "~/i18n/messages";
import { groupByLetter } from "~/lib/alphabet";
import { countryName } from "~/lib/country-name";
import { indexMetadata } from "~/lib/index-page";
import { localeParam } from "~/lib/locale-param";
import { type SearchParams } from "~/lib/page-param";
import { peoplePath } from "~/lib/paths";
import { filterPeople, peopleFilterParam } from "~/lib/people-filter";
import { listPeople } from "~/lib/registry";

// Rendered per request, since every filter is its own page; the list itself comes from the cache.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return indexMetadata(params, peoplePath, (t) => ({ title: t.people, description: t.peopleDescription }));
}

export default async function PeoplePage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  const filter = peopleFilterParam(await searchParams);
  const everyone = await listPeople();
  const shown = filterPeople(everyone, filter);
  const t = messages(locale);
  return (
    <>
      <h1>{t.people}</h1>
      <p className="page-intro">{t.peopleDescription}</p>
      <CountryProtectionFilter
        locale={locale}
        action={peoplePath(locale)}
        id="people"
        country={{ name: "country", label: t.filterNationality, any: t.allCountries, value: filter.country, countries: everyone.flatMap((person) => person.nationalities) }}
        protection={{ name: "protection", label: t.filterProtection, any: t.anyProtection, value: filter.protection }}
      />
      {shown.length === 0 ? (
        <EmptyState message={t.noPeople} showAll={everyone.length > 0 ? { href: peoplePath(locale), label: t.showAllPeople } : null} />
      ) : (
        <LetterIndex
          groups={groupByLetter(shown, (person) => displayName(person, locale), locale)}
          locale={locale}
          itemKey={(person) => person.slug}
          renderItem={(person) => (
            <>
              <PersonLink person={person} locale={locale} />
              {person.nationalities.length > 0 ? (
                <span className="index-meta">{person.nationalities.map((code) => countryName(code, locale)).join(", ")}</span>
              ) : null}
            </>
          )}
        />
      )}
    </>
  );
}
