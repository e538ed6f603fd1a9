// As many paragraphs as the benchmark asks for at build time, so that the page weighs what an article page weighs.
const PARAGRAPHS = Number(process.env.BENCH_STATIC_PARAGRAPHS ?? 40);
const TEXT =
  "A delegation met members of parliament to discuss extradition requests, refugee status granted in several countries, and the cases of journalists and activists held in pre-trial detention.";

export default function Page() {
  return (
    <main>
      <h1>A static page</h1>
      {Array.from({ length: PARAGRAPHS }, (_, i) => (
        <p key={i}>
          {i + 1}. {TEXT}
        </p>
      ))}
    </main>
  );
}
