import { can } from "@rightsdesk/domain";
import { PersonForm } from "~/features/registry/person-form";
import { requireUser } from "~/features/shared/server/session";

export const metadata = { title: "New person" };

export default async function NewPersonPage() {
  const user = await requireUser();
  if (!can(user.role, { kind: "registry.edit" })) {
    return <p className="alert error">Only editors and admins may add people to the registry.</p>;
  }
  return (
    <>
      <h1>New person</h1>
      <PersonForm person={null} version={0} canEdit />
    </>
  );
}
