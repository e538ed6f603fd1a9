import { readFileSync } from "node:fs";
import { validateXML } from "xmllint-wasm";

/** The vendored OASIS schemas (../../fixtures/schemas, see its README), read once. */
const schemaFile = (fileName: string) => ({ fileName, contents: readFileSync(new URL(`../../fixtures/schemas/${fileName}`, import.meta.url), "utf8") });
const schemas = {
  entry: schemaFile("rightsdesk-export.xsd"),
  imported: ["xml.xsd", "xliff_core_2.0.xsd", "metadata.xsd"].map(schemaFile),
};

/**
 * For tests: the problems libxml2 (xmllint --schema, run as WebAssembly so that no system tool is
 * needed) finds in a file against the XLIFF 2.0 core schema and the Metadata module's; empty when it
 * is valid. `--nonet`: the schemas come from the repository, never from the network.
 */
export async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: "export.xlf", contents: xml },
    schema: schemas.entry,
    preload: schemas.imported,
    modifyArguments: (args) => ["--nonet", ...args],
  });
  if (result.valid) return [];
  // The schemas' own warnings (the core's import of xml.xsd skipped for ours) are not about the file.
  const errors = result.errors.filter((error) => !error.loc || error.loc.fileName === "export.xlf");
  return errors.length ? errors.map((error) => error.rawMessage) : [result.rawOutput];
}
