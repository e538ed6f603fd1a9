import { can } from "@rightsdesk/domain";
import { NewArticleForm } from "~/features/articles/new-article-form";
import { requireUser } from "~/features/shared/server/session";

export const metadata = { title: "New article" };

export default async function NewArticlePage() {
  const user = await requireUser();
  if (!can(user.role, { kind: "article.create" })) {
    return <p className="alert error">Only editors and admins may create articles.</p>;
  }
  return (
    <>
      <h1>New article</h1>
      <NewArticleForm />
    </>
  );
}
