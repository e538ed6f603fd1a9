import { defineConfig } from "prisma/config";

// Used by the Prisma CLI (generate, and migrate on machines that have the native engine).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "pnpm db:seed" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
