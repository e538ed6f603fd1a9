import { alignSegments, type RichTextDoc, type SegmentInline, segmentsOf } from "@rightsdesk/domain";

/** The translatable text of one language version of an article. */
export type VersionContent = { title: string; summary: string; body: RichTextDoc };

/** One XLIFF unit: the title, the summary, or a segment of the body (ids as in segmentsOf). */
export type SourceUnit = { id: string; content: SegmentInline[] };

export const TITLE_UNIT = "title";
export const SUMMARY_UNIT = "summary";

const plain = (text: string): SegmentInline[] => [{ kind: "text", text }];

/** The units of a source version, in reading order. An empty summary has nothing to translate. */
export function sourceUnits(source: VersionContent): SourceUnit[] {
  return [
    { id: TITLE_UNIT, content: plain(source.title) },
    ...(source.summary ? [{ id: SUMMARY_UNIT, content: plain(source.summary) }] : []),
    ...segmentsOf(source.body).map(({ id, content }) => ({ id, content })),
  ];
}

/** An existing translation's text for each unit it still lines up with, to prefill the targets. */
export function alignedTranslation(source: VersionContent, translation: VersionContent): Map<string, SegmentInline[]> {
  const aligned = new Map<string, SegmentInline[]>([[TITLE_UNIT, plain(translation.title)]]);
  if (source.summary && translation.summary) aligned.set(SUMMARY_UNIT, plain(translation.summary));
  for (const pair of alignSegments(segmentsOf(source.body), segmentsOf(translation.body)).pairs) {
    aligned.set(pair.source.id, pair.translation.content);
  }
  return aligned;
}
