import { getPersonForEditor, listArticlesOfPerson, listChanges, listProtectionsOfPerson, outdatedBioLocales } from "@rightsdesk/db/editor";
import { can, isSourceLocale, LOCALES, SOURCE_LOCALE } from "@rightsdesk/domain";
import { notFound } from "next/navigation";
import { ChangeHistory } from "~/features/registry/change-history";
import { DeleteRecord } from "~/features/shared/ui/delete-record";
import { MergePersonForm } from "~/features/registry/merge-person-form";
import { PersonArticles } from "~/features/registry/person-articles";
import { PersonForm } from "~/features/registry/person-form";
import { ProtectionsEditor } from "~/features/registry/protections-editor";
import { TranslationForm } from "~/features/translation/translation-form";
import { requireUser } from "~/features/shared/server/session";

type Props = { params: Promise<{ id: string }> };

export const metadata = { title: "Person" };

export default async function PersonPage({ params }: Props) {
  const { id } = await params;
  const [user, person, protections, changes, articles, outdatedBios] = await Promise.all([
    requireUser(),
    getPersonForEditor(id),
    listProtectionsOfPerson(id),
    listChanges("person", id),
    listArticlesOfPerson(id),
    outdatedBioLocales(id),
  ]);
  if (!person) notFound();
  const canEdit = can(user.role, { kind: "registry.edit" });
  // Editors write every language in the person form; a separate save there would make their open form stale.
  const translatable = canEdit ? [] : LOCALES.filter((locale) => !isSourceLocale(locale) && can(user.role, { kind: "registry.translate", locale }));
  const { version, ...fields } = person;
  const merges = changes.filter((change) => change.action === "merge").length;

  return (
    <>
      <h1>{person.name}</h1>
      {!canEdit && (
        <p className="alert info">
          {translatable.length > 0 ? "You can translate this person's biography but not change anything else." : "You can read this person but not change them."}
        </p>
      )}
      {translatable.length > 0 && (
        <section className="card" aria-labelledby="translate-heading">
          <h2 id="translate-heading">Translate the biography</h2>
          {person.bio[SOURCE_LOCALE] && (
            <blockquote lang={SOURCE_LOCALE} className="save-state">
              {person.bio[SOURCE_LOCALE]}
            </blockquote>
          )}
          {translatable.map((locale) => (
            <TranslationForm
              key={locale}
              target={{ endpoint: "translatePersonBio", params: { id: person.id, locale } }}
              label="Biography translation"
              idPrefix="bio-translation"
              locale={locale}
              text={person.bio[locale] ?? ""}
            />
          ))}
        </section>
      )}
      {/* A merge changes the person behind the editor's back: the form then starts again from what the server holds. */}
      <PersonForm key={merges} person={fields} version={version} canEdit={canEdit} outdatedBios={outdatedBios} />
      <section className="card" aria-labelledby="protections-heading">
        <h2 id="protections-heading">Protections</h2>
        <ProtectionsEditor personId={person.id} protections={protections} canEdit={canEdit} />
      </section>
      <section className="card" aria-labelledby="articles-heading">
        <h2 id="articles-heading">Articles that mention this person</h2>
        <PersonArticles articles={articles} />
      </section>
      {canEdit && (
        <section className="card">
          <MergePersonForm survivor={{ id: person.id, name: person.name }} />
        </section>
      )}
      {canEdit && (
        <DeleteRecord
          remove={{ endpoint: "deletePerson", params: { id: person.id } }}
          listHref="/people"
          what="this person"
          consequences="Their protections, case roles and article links are deleted with them. To combine two records of one person, merge them instead."
        />
      )}
      <ChangeHistory changes={changes} />
    </>
  );
}
