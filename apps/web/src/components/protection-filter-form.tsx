import { type Locale, PROTECTION_TYPES } from "@rightsdesk/domain";
import { messages } from "~/i18n/messages";
import { registryLabels } from "~/i18n/registry-labels";
import { protectionsPath } from "~/lib/paths";
import { type ProtectionFilter } from "~/lib/protection-filter";
import { CountryChoice } from "./country-choice";
import { FilterChoice, FilterForm } from "./filter-choice";

type Props = { locale: Locale; filter: ProtectionFilter; states: readonly string[] };

/** Protections by granting state and kind. */
export function ProtectionFilterForm({ locale, filter, states }: Props) {
  const t = messages(locale);
  return (
    <FilterForm action={protectionsPath(locale)} submit={t.filter}>
      <CountryChoice id="filter-state" name="state" label={t.filterState} value={filter.state} any={t.allStates} countries={states} locale={locale} />
      <FilterChoice id="filter-type" name="type" label={t.filterType} value={filter.type ?? ""} any={t.allTypes} options={protectionTypeChoices(locale)} />
    </FilterForm>
  );
}

/** Every kind of protection, by its name in the reader's language. */
export function protectionTypeChoices(locale: Locale) {
  const labels = registryLabels(locale);
  const collator = new Intl.Collator(locale);
  return PROTECTION_TYPES.map((type) => ({ value: type, label: labels.protectionType[type] })).sort((a, b) => collator.compare(a.label, b.label));
}
