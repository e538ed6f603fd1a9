import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { LoginForm } from "~/components/login-form";
import { authOptions } from "~/lib/auth-options";

export const metadata = { title: "Sign in" };

export default async function LoginPage() {
  if (await getServerSession(authOptions)) redirect("/");
  return (
    <main id="main" className="login card">
      <h1>Sign in to RightsDesk</h1>
      <LoginForm />
    </main>
  );
}
