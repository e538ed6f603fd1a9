import { type Locale, PROTECTION_TYPES, type ProtectionType } from "@rightsdesk/domain";
import { messages } from "~/i18n/messages";
import { registryLabels } from "~/i18n/registry-labels";
import { CountryChoice } from "./country-choice";
import { FilterChoice, FilterForm } from "./filter-choice";

/** One of the form's two choices: its field name, label, the "any" option and what is chosen now. */
type Choice<V> = { name: string; label: string; any: string; value: V | undefined };

type Props = {
  locale: Locale;
  /** The index the form narrows, which it submits to. */
  action: string;
  /** What the fields' ids start with, unique on the page. */
  id: string;
  /** `countries`: those the records name; the chosen one stays offered even when no record names it any more. */
  country: Choice<string> & { countries: readonly string[] };
  protection: Choice<ProtectionType>;
};

/** The people and protections indexes narrowed by a country (nationality, granting state) and a kind of protection. */
export function CountryProtectionFilter({ locale, action, id, country, protection }: Props) {
  const countries = [...new Set([...country.countries, ...(country.value ? [country.value] : [])])];
  return (
    <FilterForm action={action} submit={messages(locale).filter}>
      <CountryChoice id={`${id}-${country.name}`} name={country.name} label={country.label} value={country.value} any={country.any} countries={countries} locale={locale} />
      <FilterChoice
        id={`${id}-${protection.name}`}
        name={protection.name}
        label={protection.label}
        value={protection.value ?? ""}
        any={protection.any}
        options={protectionTypeChoices(locale)}
      />
    </FilterForm>
  );
}

/** Every kind of protection, by its name in the reader's language. */
function protectionTypeChoices(locale: Locale) {
  const labels = registryLabels(locale);
  const collator = new Intl.Collator(locale);
  return PROTECTION_TYPES.map((type) => ({ value: type, label: labels.protectionType[type] })).sort((a, b) => collator.compare(a.label, b.label));
}
