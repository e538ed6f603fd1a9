import { type Metadata } from "next";
import { ExternalHostLink } from "~/components/external-host-link";
import { messages } from "~/i18n/messages";
import { registryLabels } from "~/i18n/registry-labels";
import { countryName } from "~/lib/country-name";
import { indexMetadata } from "~/lib/index-page";
import { localeParam } from "~/lib/locale-param";
import { organisationsPath } from "~/lib/paths";
import { listOrganisations } from "~/lib/registry";

type Props = { params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return indexMetadata(params, organisationsPath, (t) => ({ title: t.organisations, description: t.organisationsDescription }));
}

export default async function OrganisationsPage({ params }: Props) {
  const locale = localeParam((await params).locale);
  const t = messages(locale);
  const labels = registryLabels(locale);
  const collator = new Intl.Collator(locale);
  const organisations = [...(await listOrganisations())].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <>
      <h1>{t.organisations}</h1>
      <p className="page-intro">{t.organisationsDescription}</p>
      {organisations.length === 0 ? (
        <p className="empty-state">{t.noOrganisations}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t.organisations}</caption>
            <thead>
              <tr>
                <th scope="col">{t.organisation}</th>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.country}</th>
                <th scope="col">{t.website}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((organisation) => (
                <tr key={organisation.slug}>
                  <th scope="row">{organisation.name}</th>
                  <td>{labels.organisationKind[organisation.kind]}</td>
                  <td>{organisation.country ? countryName(organisation.country, locale) : "—"}</td>
                  <td>
                    <ExternalHostLink url={organisation.website} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
