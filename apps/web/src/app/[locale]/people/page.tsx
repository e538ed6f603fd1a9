import { displayName } from "@rightsdesk/domain";
import { type Metadata } from "next";
import Link from "next/link";
import { LetterIndex } from "~/components/letter-index";
import { PeopleFilterForm } from "~/components/people-filter-form";
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
  // A valid country no one has stays chosen in the form, above its empty state.
  const countries = [...new Set([...everyone.flatMap((person) => person.nationalities), ...(filter.country ? [filter.country] : [])])];
  const t = messages(locale);
  return (
    <>
      <h1>{t.people}</h1>
      <p className="page-intro">{t.peopleDescription}</p>
      <PeopleFilterForm locale={locale} filter={filter} countries={countries} />
      {shown.length === 0 ? (
        <div className="empty-state">
          <p>{t.noPeople}</p>
          {everyone.length > 0 ? (
            <p>
              <Link href={peoplePath(locale)}>{t.showAllPeople}</Link>
            </p>
          ) : null}
        </div>
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
