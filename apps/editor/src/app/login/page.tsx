import { redirect } from "next/navigation";
import { LoginForm } from "~/features/shared/ui/login-form";
import { sessionUser } from "~/features/shared/server/session";

export const metadata = { title: "Sign in" };

export default async function LoginPage() {
  // A cookie whose session was ended (signed out elsewhere, role changed) is no sign-in: show the form.
  if (await sessionUser()) redirect("/");
  return (
    <main id="main" className="login card">
      <h1>Sign in to RightsDesk</h1>
      <LoginForm />
    </main>
  );
}
