import { fileURLToPath } from "node:url";

/** The repository's prisma/ folder: schema, migrations, seed. */
export const prismaDir = fileURLToPath(new URL("../../../../prisma/", import.meta.url));
export const schemaPath = `${prismaDir}schema.prisma`;
export const migrationsDir = `${prismaDir}migrations`;
/** The schema as of the newest migration; the next migration is the diff from it to schema.prisma. */
export const migratedSchemaPath = `${prismaDir}migrations/.schema-at-last-migration.prisma`;
