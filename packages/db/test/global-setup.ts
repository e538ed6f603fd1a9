import { createTestDatabase, type TestDatabase } from "../src/infra/test-database";

let database: TestDatabase | undefined;

// DATABASE_URL names a server to create the run's database on; without it, or with TEST_DATABASE=embedded
// (the test:embedded task), an embedded one is used.
export async function setup() {
  const server = process.env.TEST_DATABASE === "embedded" ? undefined : process.env.DATABASE_URL;
  database = await createTestDatabase(server, "integration");
  process.env.DATABASE_URL = database.url;
}

export async function teardown() {
  await database?.drop();
}
