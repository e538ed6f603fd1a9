import { can } from "@rightsdesk/domain";
import { CaseForm } from "~/features/registry/case-form";
import { requireUser } from "~/features/shared/server/session";

export const metadata = { title: "New case" };

export default async function NewCasePage() {
  const user = await requireUser();
  if (!can(user.role, { kind: "registry.edit" })) {
    return <p className="alert error">Only editors and admins may add cases to the registry.</p>;
  }
  return (
    <>
      <h1>New case</h1>
      <CaseForm editable={null} participants={[]} canEdit />
    </>
  );
}
