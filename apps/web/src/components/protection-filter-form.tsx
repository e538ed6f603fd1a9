import { type Locale, PROTECTION_TYPES } from "@rightsdesk/domain";
import { messages } from "~/i18n/messages";
import { registryLabels } from "~/i18n/registry-labels";
import { countryName, sortByCountryName } from "~/lib/country-name";
import { protectionsPath } from "~/lib/paths";
import { type ProtectionFilter } from "~/lib/protection-filter";

type Props = { locale: Locale; filter: ProtectionFilter; states: readonly string[] };

/** A plain GET form: filtered views are ordinary URLs that can be shared and work without JavaScript. */
export function ProtectionFilterForm({ locale, filter, states }: Props) {
  const t = messages(locale);
  const labels = registryLabels(locale);
  const collator = new Intl.Collator(locale);
  const types = [...PROTECTION_TYPES].sort((a, b) => collator.compare(labels.protectionType[a], labels.protectionType[b]));
  return (
    <form className="filter-form" method="get" action={protectionsPath(locale)}>
      <div className="filter-field">
        <label htmlFor="filter-state">{t.filterState}</label>
        <select id="filter-state" name="state" defaultValue={filter.state ?? ""}>
          <option value="">{t.allStates}</option>
          {sortByCountryName(states, locale).map((code) => (
            <option key={code} value={code}>
              {countryName(code, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor="filter-type">{t.filterType}</label>
        <select id="filter-type" name="type" defaultValue={filter.type ?? ""}>
          <option value="">{t.allTypes}</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {labels.protectionType[type]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t.filter}</button>
    </form>
  );
}
