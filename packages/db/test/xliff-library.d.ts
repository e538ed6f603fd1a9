/**
 * The little of the npm `xliff` package (which ships no types) that the XLIFF tests use: a file read
 * into plain objects per file id and unit id, and written back.
 */
declare module "xliff" {
  /** A text, or text mixed with inline elements, each an object keyed by its kind ("Span" for <pc>…). */
  export type XliffJsValue = string | (string | Record<string, XliffJsElement>)[];
  export type XliffJsElement = { contents?: XliffJsValue } & Record<string, unknown>;
  export type XliffJsUnit = { source?: XliffJsValue; target?: XliffJsValue } & Record<string, unknown>;
  export type XliffJs = {
    sourceLanguage: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffJsUnit>>;
  };
  export function xliff2js(xml: string): Promise<XliffJs>;
  export function js2xliff(document: XliffJs): Promise<string>;
}
