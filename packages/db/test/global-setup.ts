import { createTestDatabase, type TestDatabase } from "../src/infra/test-database";

let database: TestDatabase | undefined;

// DATABASE_URL names a server to create the run's database on; without it, an embedded one is used.
export async function setup() {
  database = await createTestDatabase(process.env.DATABASE_URL, "integration");
  process.env.DATABASE_URL = database.url;
}

export async function teardown() {
  await database?.drop();
}
