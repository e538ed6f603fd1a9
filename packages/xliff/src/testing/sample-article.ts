import { type RichTextDoc, type RichTextNode } from "@rightsdesk/domain";
import { type XliffExpectation } from "../apply";
import { type ExportInput } from "../export";
import { type VersionContent } from "../units";

/** The article the committed fixtures in ../../fixtures were exported from (regenerate them if it changes). */
const text = (value: string, marks: RichTextNode["marks"] = undefined): RichTextNode => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });
const p = (...content: RichTextNode[]): RichTextNode => ({ type: "paragraph", content });
const bold = [{ type: "bold" }];
const link = [{ type: "link", attrs: { href: "https://example.org/conseil-d-etat" } }];
const mention: RichTextNode = { type: "mention", attrs: { id: "person-ablyazov", kind: "person", label: "Mukhtar Ablyazov" } };

const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: "doc", content });

export const source: VersionContent = {
  title: "France refuses to extradite Mukhtar Ablyazov",
  summary: "The Conseil d'État blocked both requests.",
  body: doc(
    p(text("In December 2016 the "), text("Conseil d'État", link), text(" ruled that "), mention, text(" could not be surrendered.")),
    { type: "heading", attrs: { level: 2 }, content: [text("Protection in Europe")] },
    {
      type: "bulletList",
      content: [
        { type: "listItem", content: [p(text("Poland:", bold), text(" Muratbek Ketebayev"))] },
        { type: "listItem", content: [p(text("Spain:", bold), text(" Alexander Pavlov"))] },
      ],
    },
    { type: "image", attrs: { src: "https://example.org/paris.jpg", alt: "The court in Paris", title: null } },
    p(text("He was released the same day."), { type: "hardBreak" }, text("Paris, 9 December 2016")),
  ),
};

/** A Russian translation with the same structure, as a translation made from a copy of the source has. */
export const russian: VersionContent = {
  title: "Франция отказалась выдать Мухтара Аблязова",
  summary: "Государственный совет заблокировал оба запроса.",
  body: doc(
    p(text("В декабре 2016 года "), text("Государственный совет", link), text(" постановил, что "), mention, text(" не может быть выдан.")),
    { type: "heading", attrs: { level: 2 }, content: [text("Защита в Европе")] },
    {
      type: "bulletList",
      content: [
        { type: "listItem", content: [p(text("Польша:", bold), text(" Муратбек Кетебаев"))] },
        { type: "listItem", content: [p(text("Испания:", bold), text(" Александр Павлов"))] },
      ],
    },
    { type: "image", attrs: { src: "https://example.org/paris.jpg", alt: "Суд в Париже", title: null } },
    p(text("В тот же день его освободили."), { type: "hardBreak" }, text("Париж, 9 декабря 2016 года")),
  ),
};

export const ARTICLE_ID = "cm4ablyazovparis0001";
export const SOURCE_REVISION = { number: 3, id: "cm4revisionsource0003" };

export const exportInput = (translation: VersionContent | null): ExportInput => ({
  articleId: ARTICLE_ID,
  slug: "france-refuses-extradition",
  sourceLocale: "en",
  targetLocale: "ru",
  sourceRevision: SOURCE_REVISION,
  source,
  translation,
});

export const expectation: XliffExpectation = {
  articleId: ARTICLE_ID,
  sourceLocale: "en",
  targetLocale: "ru",
  sourceRevision: SOURCE_REVISION,
  source,
};
