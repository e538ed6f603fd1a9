import { z } from "zod";
import { type Role, ZRole } from "./role";

export type User = { id: string; email: string; name: string; role: Role };

/** Long enough that a password chosen by a person resists guessing offline should the hashes ever leak. */
export const PASSWORD_MIN_LENGTH = 12;
/** bcrypt reads at most 72 bytes; the bound only keeps hashing cheap for an absurd input. */
const PASSWORD_MAX_LENGTH = 200;

/**
 * An email address as accounts store and sign-in looks it up: trimmed (" editor@example.org " is a valid address
 * typed carelessly) and in lower case. Branded, so that only a parse makes one and the data layer, which takes
 * this type, need not normalise again.
 */
export const ZEmail = z
  .string({ error: "Enter a valid email address" })
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address"))
  .brand<"Email">();
export type Email = z.output<typeof ZEmail>;

export const ZCredentials = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password").max(PASSWORD_MAX_LENGTH),
});
export type Credentials = z.infer<typeof ZCredentials>;

const ZNewPassword = z
  .string({ error: `Use at least ${PASSWORD_MIN_LENGTH} characters` })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);

/** An account an admin adds, with the first password they pass on to its owner. */
export const ZNewUser = z.object({
  name: z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(200, "Use at most 200 characters"),
  email: ZEmail,
  role: ZRole,
  password: ZNewPassword,
});
export type NewUser = z.infer<typeof ZNewUser>;

/** A user's new password, typed twice so that a slip of the finger does not lock them out. */
export const ZPasswordChange = z
  .object({
    currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(PASSWORD_MAX_LENGTH),
    newPassword: ZNewPassword,
    repeatedPassword: z.string({ error: "Type the new password again" }),
  })
  .refine((change) => change.repeatedPassword === change.newPassword, { path: ["repeatedPassword"], message: "The two new passwords are not the same" })
  .refine((change) => change.newPassword !== change.currentPassword, { path: ["newPassword"], message: "Choose a password other than your current one" });
export type PasswordChange = z.infer<typeof ZPasswordChange>;

/** A new first password an admin sets for someone who forgot theirs: the same rules as Add a user's. */
export const ZPasswordReset = z.object({ password: ZNewPassword });
export type PasswordReset = z.infer<typeof ZPasswordReset>;

/** Letters and digits without the look-alikes (0/O, 1/l/I), since the admin reads the password out or copies it by hand. */
const PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const GENERATED_PASSWORD_LENGTH = 20;

/** A random first password (about 116 bits), drawn without modulo bias from the platform's secure random source. */
export function generatePassword(): string {
  // The largest multiple of the alphabet's size below 256: bytes at or above it would favour the first letters.
  const limit = 256 - (256 % PASSWORD_ALPHABET.length);
  let password = "";
  while (password.length < GENERATED_PASSWORD_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(GENERATED_PASSWORD_LENGTH))) {
      if (byte < limit && password.length < GENERATED_PASSWORD_LENGTH) password += PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length];
    }
  }
  return password;
}
