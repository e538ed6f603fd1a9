import { listUsers } from "@rightsdesk/db/editor";
import { can } from "@rightsdesk/domain";
import { notFound } from "next/navigation";
import { ListTable } from "~/features/shared/ui/list-table";
import { NewUserForm } from "~/features/admin/new-user-form";
import { RoleForm } from "~/features/admin/role-form";
import { requireUser } from "~/features/shared/server/session";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requireUser();
  if (!can(user.role, { kind: "user.manage" })) notFound();
  const users = await listUsers({ id: user.id, role: user.role });
  return (
    <>
      <h1>Users</h1>
      <p className="save-state">
        Admins manage accounts and read the audit log; editors write, publish and delete; translators edit translations only. Every
        account added and every change of a role is recorded in the audit log.
      </p>
      <NewUserForm />
      <ListTable
        rows={users}
        rowKey={(other) => other.id}
        columns={[
          { header: "Name", cell: (other) => other.name },
          { header: "Email", cell: (other) => other.email },
          // Nobody changes their own role: an admin cannot lock themselves out by mistake.
          { header: "Role", cell: (other) => (other.id === user.id ? `${other.role} (you)` : <RoleForm userId={other.id} name={other.name} role={other.role} />) },
        ]}
      />
    </>
  );
}
