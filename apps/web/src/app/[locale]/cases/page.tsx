import { type Metadata } from "next";
import Link from "next/link";
import { LocalizedText } from "~/components/localized-text";
import { messages } from "~/i18n/messages";
import { registryLabels } from "~/i18n/registry-labels";
import { countryName } from "~/lib/country-name";
import { indexMetadata } from "~/lib/index-page";
import { localeParam } from "~/lib/locale-param";
import { pickLocalized } from "~/lib/localized";
import { casePath, casesPath } from "~/lib/paths";
import { listCases } from "~/lib/registry";

type Props = { params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return indexMetadata(params, casesPath, (t) => ({ title: t.cases, description: t.casesDescription }));
}

export default async function CasesPage({ params }: Props) {
  const locale = localeParam((await params).locale);
  const t = messages(locale);
  const labels = registryLabels(locale);
  const collator = new Intl.Collator(locale);
  // The English title is required on input; the slug is only a last resort for a damaged record.
  const cases = (await listCases())
    .map((item) => ({ ...item, shownTitle: pickLocalized(item.title, locale) ?? { text: item.slug, locale, fallback: false } }))
    .sort((a, b) => collator.compare(a.shownTitle.text, b.shownTitle.text));
  return (
    <>
      <h1>{t.cases}</h1>
      <p className="page-intro">{t.casesDescription}</p>
      {cases.length === 0 ? (
        <p className="empty-state">{t.noCases}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t.cases}</caption>
            <thead>
              <tr>
                <th scope="col">{t.caseTitle}</th>
                <th scope="col">{t.caseKind}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.requestingStates}</th>
                <th scope="col">{t.venueState}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((item) => (
                <tr key={item.slug}>
                  <th scope="row">
                    <Link href={casePath(locale, item.slug)}>
                      <LocalizedText choice={item.shownTitle} locale={locale} />
                    </Link>
                  </th>
                  <td>{labels.caseKind[item.kind]}</td>
                  <td>{item.outcome ? labels.caseOutcome[item.outcome] : labels.caseStatus[item.status]}</td>
                  <td>{item.requestingStates.map((code) => countryName(code, locale)).join(", ") || "—"}</td>
                  <td>{item.venueState ? countryName(item.venueState, locale) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
