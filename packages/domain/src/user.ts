import { z } from "zod";
import { type Role } from "./role";

export type User = { id: string; email: string; name: string; role: Role };

export const PASSWORD_MIN_LENGTH = 10;

export const ZCredentials = z.object({
  // Trim before checking the format: " editor@example.org " is a valid address typed carelessly.
  email: z
    .string({ error: "Enter a valid email address" })
    .trim()
    .toLowerCase()
    .pipe(z.email("Enter a valid email address")),
  password: z.string().min(1, "Enter your password").max(200),
});
export type Credentials = z.infer<typeof ZCredentials>;
