export { applyXliff, type XliffExpectation } from "./apply";
export { exportXliff, type ExportInput } from "./export";
export { parseXliff, XLIFF_MAX_BYTES, ZParsedXliff, type ParsedXliff, type XliffProblem, type XliffResult } from "./parse";
export { matchSourceRevision, namedSourceRevision, type SourceCandidate, type SourceRevision } from "./source-match";
export { type VersionContent } from "./units";
