import { listUsers } from "@rightsdesk/db/editor";
import { can, statusOf } from "@rightsdesk/domain";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountStatusControl } from "~/features/admin/account-status";
import { NewUserForm } from "~/features/admin/new-user-form";
import { ResetPassword } from "~/features/admin/reset-password";
import { RoleForm } from "~/features/admin/role-form";
import { formatUtc } from "~/features/shared/format-utc";
import { ListTable } from "~/features/shared/ui/list-table";
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
        Admins manage accounts and read the audit log; editors write, publish and delete; translators edit translations only. Someone who
        forgot their password gets a new first one here; someone who leaves is deactivated, which signs them out and keeps their work under
        their name. Every account added, every change of a role, every password reset and every deactivation is recorded in the audit log.
      </p>
      <NewUserForm />
      <ListTable
        rows={users}
        rowKey={(other) => other.id}
        columns={[
          { header: "Name", cell: (other) => other.name },
          { header: "Email", cell: (other) => other.email },
          // Nobody changes their own role: an admin cannot lock themselves out by mistake.
          // A deactivated account keeps its role until it is reactivated (the server refuses a change too).
          {
            header: "Role",
            cell: (other) =>
              other.id === user.id ? `${other.role} (you)` : other.deactivatedAt ? other.role : <RoleForm userId={other.id} name={other.name} role={other.role} />,
          },
          { header: "Status", cell: (other) => (other.deactivatedAt ? `Deactivated since ${formatUtc(other.deactivatedAt)}` : "Active") },
          // One's own password is changed on one's account page, proving the current one; nobody deactivates themselves.
          {
            header: "Access",
            cell: (other) =>
              other.id === user.id ? (
                <Link href="/account">Your account</Link>
              ) : (
                <div className="toolbar-row">
                  <ResetPassword userId={other.id} name={other.name} />
                  <AccountStatusControl userId={other.id} name={other.name} status={statusOf(other)} />
                </div>
              ),
          },
        ]}
      />
    </>
  );
}
