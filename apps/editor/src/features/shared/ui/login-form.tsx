"use client";

import { ZCredentials } from "@rightsdesk/domain";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FormAlert } from "./form-alert";
import { SaveRow } from "./save-row";

export function LoginForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const credentials = ZCredentials.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!credentials.success) {
      setError(credentials.error.issues[0]?.message ?? "Enter your email and password.");
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { ...credentials.data, redirect: false });
    setPending(false);
    if (!result?.ok) {
      // A wait after too many failures comes back as its own message (see signInWaitMessage).
      const message = result?.error === "CredentialsSignin" ? "Wrong email or password." : result?.error?.startsWith("Too many") ? result.error : "Signing in failed; try again.";
      setError(message);
      return;
    }
    router.replace("/");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required />
      <FormAlert message={error} />
      <SaveRow primary pending={pending} label="Sign in" pendingLabel="Signing in…" />
    </form>
  );
}
