/**
 * The text of a JSON object with more members, each given as JSON text: `{"a":1}` with `{ b: "[2]" }` is
 * `{"a":1,"b":[2]}`. Lets a large value serialised once (a document) be sent and stored without
 * serialising it again.
 */
export function withJsonMembers(objectJson: string, members: Readonly<Record<string, string>>): string {
  const added = Object.entries(members).map(([name, json]) => `${JSON.stringify(name)}:${json}`);
  if (added.length === 0) return objectJson;
  const inner = objectJson.trim().slice(1, -1).trim();
  return `{${inner === "" ? "" : `${inner},`}${added.join(",")}}`;
}
