// `npm start`: installs what is missing, then builds and runs the whole stack (scripts/stack/run.ts).
import { bootstrap, run } from "./lib/bootstrap.mjs";

const [command, ...prefix] = bootstrap();
process.exit(run(command, [...prefix, "exec", "tsx", "scripts/stack/run.ts", ...process.argv.slice(2)]));
