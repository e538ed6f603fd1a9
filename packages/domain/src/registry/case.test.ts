import { describe, expect, it } from "vitest";
import { type CaseEvent, sortTimeline, ZCaseEvent, ZCaseInput, ZCaseParticipantInput } from "./case";
import { formatPartialDate } from "./partial-date";

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);

// Ablyazov's extradition case, from the foundation's articles.
const ablyazov = {
  title: { en: "Extradition of Mukhtar Ablyazov from France", ru: "Экстрадиция Мухтара Аблязова из Франции" },
  kind: "extradition_request",
  requestingStates: ["RU", "UA"],
  onBehalfOf: ["KZ"],
  venueState: "FR",
  status: "closed",
  outcome: "extradition_refused",
  timeline: [
    { date: "2016-12", kind: "court_decision", description: { en: "The Conseil d'État refuses the extradition." }, sourceUrl: null },
    { date: "2013-07-31", kind: "arrest", description: { en: "Arrested in France." }, sourceUrl: "https://example.org/arrest" },
    { date: "2013-05-31", kind: "deportation", description: { en: "Alma Shalabayeva is deported from Italy." }, sourceUrl: null },
    { date: "2013", kind: "extradition_request", description: { en: "Russia and Ukraine request his extradition." }, sourceUrl: null },
  ],
};

describe("ZCaseInput", () => {
  it("accepts Ablyazov's extradition case and reads its dates", () => {
    const parsed = ZCaseInput.parse(ablyazov);
    expect(parsed.requestingStates).toEqual(["RU", "UA"]);
    expect(parsed.onBehalfOf).toEqual(["KZ"]);
    expect(parsed.venueState).toBe("FR");
    expect(parsed.timeline.map((event) => event.date)).toEqual([
      { year: 2016, month: 12 },
      { year: 2013, month: 7, day: 31 },
      { year: 2013, month: 5, day: 31 },
      { year: 2013 },
    ]);
    expect(parsed.slug).toBe("");
  });

  it("fills in what a new case does not know yet", () => {
    expect(ZCaseInput.parse({ title: { en: "Detention of Vladimir Kozlov" }, kind: "detention" })).toEqual({
      title: { en: "Detention of Vladimir Kozlov" },
      kind: "detention",
      requestingStates: [],
      onBehalfOf: [],
      venueState: null,
      status: "open",
      outcome: null,
      timeline: [],
      slug: "",
    });
  });

  it("upper-cases country codes and refuses unknown ones", () => {
    expect(ZCaseInput.parse({ ...ablyazov, requestingStates: ["ru", "ua"], venueState: "fr" }).venueState).toBe("FR");
    expect(issues(ZCaseInput.safeParse({ ...ablyazov, requestingStates: ["RU", "XX"] }))).toEqual([
      ["requestingStates.1", 'Unknown country code "XX"'],
    ]);
    expect(issues(ZCaseInput.safeParse({ ...ablyazov, venueState: "XX" }))).toEqual([["venueState", 'Unknown country code "XX"']]);
  });

  it("refuses a state listed twice", () => {
    expect(issues(ZCaseInput.safeParse({ ...ablyazov, requestingStates: ["RU", "ua", "UA"] }))).toEqual([
      ["requestingStates.2", 'Country "UA" is listed twice'],
    ]);
  });

  it("requires an outcome for a closed case, and one that is not pending", () => {
    expect(issues(ZCaseInput.safeParse({ ...ablyazov, outcome: null }))).toEqual([["outcome", "A closed case needs an outcome"]]);
    expect(issues(ZCaseInput.safeParse({ ...ablyazov, outcome: "pending" }))).toEqual([
      ["outcome", "A closed case cannot have a pending outcome"],
    ]);
    expect(ZCaseInput.safeParse({ ...ablyazov, status: "open", outcome: null }).success).toBe(true);
    expect(ZCaseInput.safeParse({ ...ablyazov, status: "open", outcome: "pending" }).success).toBe(true);
  });

  it("requires an English title", () => {
    expect(issues(ZCaseInput.safeParse({ ...ablyazov, title: { ru: "Экстрадиция" } }))).toEqual([["title", 'Title in "en" is required']]);
    expect(issues(ZCaseInput.safeParse({ ...ablyazov, title: { en: "  " } }))).toEqual([["title.en", "Title is required"]]);
    expect(ZCaseInput.safeParse({ ...ablyazov, title: { en: "Case", es: "Caso" } }).success).toBe(false);
  });

  it("refuses unknown kinds, statuses and outcomes", () => {
    expect(ZCaseInput.safeParse({ ...ablyazov, kind: "kidnapping" }).success).toBe(false);
    expect(ZCaseInput.safeParse({ ...ablyazov, status: "archived" }).success).toBe(false);
    expect(ZCaseInput.safeParse({ ...ablyazov, outcome: "won" }).success).toBe(false);
  });

  it("points at the event whose date is impossible", () => {
    const timeline = [ablyazov.timeline[0], { ...ablyazov.timeline[1], date: "2016-13" }];
    expect(issues(ZCaseInput.safeParse({ ...ablyazov, timeline }))).toEqual([["timeline.1.date", "Not a real date: 2016-13"]]);
  });

  it("takes a valid slug or none", () => {
    expect(ZCaseInput.parse({ ...ablyazov, slug: "ablyazov-extradition" }).slug).toBe("ablyazov-extradition");
    expect(ZCaseInput.safeParse({ ...ablyazov, slug: "Ablyazov Extradition" }).success).toBe(false);
  });
});

describe("ZCaseEvent", () => {
  const event = { date: "2013-07-31", kind: "arrest", description: { en: "Arrested in France." } };

  it("trims, and defaults the source to none", () => {
    expect(ZCaseEvent.parse({ ...event, kind: " arrest ", description: { en: " Arrested in France. ", fr: "Arrêté en France." } })).toEqual({
      date: { year: 2013, month: 7, day: 31 },
      kind: "arrest",
      description: { en: "Arrested in France.", fr: "Arrêté en France." },
      sourceUrl: null,
    });
  });

  it("requires an English description", () => {
    expect(issues(ZCaseEvent.safeParse({ ...event, description: { ru: "Арестован во Франции." } }))).toEqual([
      ["description", 'Description in "en" is required'],
    ]);
  });

  it("requires a short kind", () => {
    expect(issues(ZCaseEvent.safeParse({ ...event, kind: " " }))).toEqual([["kind", "Event kind is required"]]);
    expect(ZCaseEvent.safeParse({ ...event, kind: "k".repeat(61) }).success).toBe(false);
  });

  it.each([["https://www.conseil-etat.fr/decision"], ["http://example.org/a?b=c"]])("accepts the source %j", (sourceUrl) => {
    expect(ZCaseEvent.parse({ ...event, sourceUrl }).sourceUrl).toBe(sourceUrl);
  });

  it.each([["javascript:alert(1)"], ["ftp://example.org/file"], ["file:///etc/passwd"], ["example.org"], ["not a url"]])(
    "refuses the source %j",
    (sourceUrl) => {
      expect(issues(ZCaseEvent.safeParse({ ...event, sourceUrl }))).toEqual([
        ["sourceUrl", "Enter a web address starting with http:// or https://"],
      ]);
    },
  );
});

describe("sortTimeline", () => {
  it("orders Ablyazov's timeline, the year-only event of 2013 first", () => {
    const { timeline } = ZCaseInput.parse(ablyazov);
    expect(sortTimeline(timeline).map((event) => formatPartialDate(event.date))).toEqual([
      "2013",
      "2013-05-31",
      "2013-07-31",
      "2016-12",
    ]);
    expect(sortTimeline(timeline).map((event) => event.kind)).toEqual(["extradition_request", "deportation", "arrest", "court_decision"]);
  });

  it("keeps events of the same date in the order they were entered, and leaves the input alone", () => {
    const events: CaseEvent[] = ["first", "second", "third"].map((kind) => ({
      date: { year: 2013, month: 7, day: 31 },
      kind,
      description: { en: kind },
      sourceUrl: null,
    }));
    const input = [events[2]!, { ...events[0]!, date: { year: 2013 } }, events[0]!, events[1]!];
    const sorted = sortTimeline(input);
    expect(sorted.map((event) => `${formatPartialDate(event.date)} ${event.kind}`)).toEqual([
      "2013 first",
      "2013-07-31 third",
      "2013-07-31 first",
      "2013-07-31 second",
    ]);
    expect(input[0]).toBe(events[2]);
  });
});

describe("ZCaseParticipantInput", () => {
  it("takes a person and a known role", () => {
    expect(ZCaseParticipantInput.parse({ personId: "p1", role: "co_defendant" })).toEqual({ personId: "p1", role: "co_defendant" });
    expect(ZCaseParticipantInput.safeParse({ personId: "p1", role: "judge" }).success).toBe(false);
    expect(issues(ZCaseParticipantInput.safeParse({ personId: " ", role: "subject" }))).toEqual([["personId", "Choose a person"]]);
  });
});
