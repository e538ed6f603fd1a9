"use client";

import { DEACTIVATED_SIGN_IN_MESSAGE, ZCredentials } from "@rightsdesk/domain";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FormAlert } from "./form-alert";
import { SaveRow } from "./save-row";

/**
 * What the form says when next-auth refuses: the server's own message for a wait after too many failures (see
 * signInWaitMessage) or a deactivated account; next-auth's codes otherwise read as a person would put them.
 */
function signInRefusal(error: string | null | undefined): string {
  if (error === "CredentialsSignin") return "Wrong email or password.";
  if (error === DEACTIVATED_SIGN_IN_MESSAGE || error?.startsWith("Too many")) return error;
  return "Signing in failed; try again.";
}

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
      setError(signInRefusal(result?.error));
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
