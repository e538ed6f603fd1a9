import { type Locale, type Protection } from "@rightsdesk/domain";
import { type PersonRef } from "@rightsdesk/db/public";
import { messages } from "~/i18n/messages";
import { registryLabels } from "~/i18n/registry-labels";
import { countryName } from "~/lib/country-name";
import { ExternalHostLink } from "./external-host-link";
import { PartialDateTime } from "./partial-date-time";
import { PersonLink } from "./person-link";

type Row = Protection & { person?: PersonRef };

type Props = {
  rows: readonly Row[];
  locale: Locale;
  /** Caption for screen readers and for anyone who lands on the table on its own. */
  caption: string;
  /** The registry-wide table names the person and the year; a person's own page gives the full date and source. */
  variant: "registry" | "person";
};

export function ProtectionsTable({ rows, locale, caption, variant }: Props) {
  const t = messages(locale);
  const labels = registryLabels(locale);
  const registry = variant === "registry";
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {registry ? <th scope="col">{t.person}</th> : null}
            <th scope="col">{t.type}</th>
            <th scope="col">{t.grantingState}</th>
            <th scope="col">{registry ? t.year : t.date}</th>
            <th scope="col">{t.status}</th>
            {registry ? null : <th scope="col">{t.source}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {registry ? <th scope="row">{row.person ? <PersonLink person={row.person} locale={locale} /> : "—"}</th> : null}
              <td>{labels.protectionType[row.type]}</td>
              <td>{countryName(row.grantingState, locale)}</td>
              <td>
                {!row.date ? "—" : registry ? <time dateTime={String(row.date.year)}>{row.date.year}</time> : <PartialDateTime date={row.date} locale={locale} />}
              </td>
              <td>{labels.protectionStatus[row.status]}</td>
              {registry ? null : (
                <td>
                  <ExternalHostLink url={row.sourceUrl} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
