import { PasswordForm } from "~/features/account/password-form";
import { requireUser } from "~/features/shared/server/session";

export const metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <>
      <h1>Your account</h1>
      <p>
        {user.name}, {user.email}, signed in as {user.role}. An admin changes names, addresses and roles.
      </p>
      <PasswordForm />
    </>
  );
}
