import { type Locale } from "@rightsdesk/domain";
import { messages } from "~/i18n/messages";
import { peoplePath } from "~/lib/paths";
import { type PeopleFilter } from "~/lib/people-filter";
import { CountryChoice } from "./country-choice";
import { FilterChoice, FilterForm } from "./filter-choice";
import { protectionTypeChoices } from "./protection-filter-form";

type Props = { locale: Locale; filter: PeopleFilter; countries: readonly string[] };

/** People by nationality and kind of protection. */
export function PeopleFilterForm({ locale, filter, countries }: Props) {
  const t = messages(locale);
  return (
    <FilterForm action={peoplePath(locale)} submit={t.filter}>
      <CountryChoice id="people-country" name="country" label={t.filterNationality} value={filter.country} any={t.allCountries} countries={countries} locale={locale} />
      <FilterChoice id="people-protection" name="protection" label={t.filterProtection} value={filter.protection ?? ""} any={t.anyProtection} options={protectionTypeChoices(locale)} />
    </FilterForm>
  );
}
