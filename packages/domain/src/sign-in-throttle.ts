/*
 * Guessing passwords: a few wrong ones in a row are free (people mistype), then each further failure makes
 * the account (and the address it came from) wait twice as long, never more than a quarter of an hour, so a
 * guesser gets nowhere and the real user is never locked out for good. A correct password resets the account.
 */

export const FREE_SIGN_IN_FAILURES = 5;
export const FIRST_SIGN_IN_WAIT_SECONDS = 5;
export const MAX_SIGN_IN_WAIT_SECONDS = 15 * 60;

/** Seconds to wait after `failures` failed sign-ins in a row. */
export function signInWaitSeconds(failures: number): number {
  if (failures < FREE_SIGN_IN_FAILURES) return 0;
  return Math.min(MAX_SIGN_IN_WAIT_SECONDS, FIRST_SIGN_IN_WAIT_SECONDS * 2 ** (failures - FREE_SIGN_IN_FAILURES));
}

/** What the sign-in form says while a wait lasts. */
export function signInWaitMessage(seconds: number): string {
  const wait = seconds < 60 ? `${Math.ceil(seconds)} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many failed sign-ins. Wait ${wait}, then try again.`;
}

/** The throttle's key for an account: sign-in and a password change count failures against the same one. */
export const accountThrottleKey = (email: string) => `account:${email.toLowerCase()}`;
