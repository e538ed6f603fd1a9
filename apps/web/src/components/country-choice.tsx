import { type Locale } from "@rightsdesk/domain";
import { countryName, sortByCountryName } from "~/lib/country-name";
import { FilterChoice } from "./filter-choice";

type Props = { id: string; name: string; label: string; value: string | undefined; any: string; countries: readonly string[]; locale: Locale };

/** A filter form's country select, countries by their names in the reader's language. */
export function CountryChoice({ id, name, label, value, any, countries, locale }: Props) {
  const options = sortByCountryName(countries, locale).map((code) => ({ value: code, label: countryName(code, locale) }));
  return <FilterChoice id={id} name={name} label={label} value={value ?? ""} any={any} options={options} />;
}
