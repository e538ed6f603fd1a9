/**
 * Demo content for RightsDesk: tags and articles about the cases of Mukhtar Ablyazov and people
 * close to him. The facts (names, dates, places, who asked for what, which state granted what)
 * come from three reports of the Open Dialog Foundation; the text is written afresh for the demo.
 * Links point at example.org only: the demo must not send readers anywhere real. People and cases
 * are mentions of registry records (by id, as the editor stores them), statements are statement
 * blocks, and pictures and the video come from the media library (seed-media.ts).
 */
import {
  type Locale,
  type RichTextDoc,
  type RichTextMark,
  type RichTextNode,
  type TagInput,
  type VersionStatus,
} from "@rightsdesk/domain";
import { type DemoMediaKey } from "./seed-media";

export type SeedVersion = { title: string; summary: string; body: RichTextDoc; status: VersionStatus };

/** What an article's text needs from the database: the ids of registry records and of the article's media. */
export type SeedRefs = {
  personId: (slug: string) => string;
  caseId: (slug: string) => string;
  organisationId: (slug: string) => string;
  mediaId: (key: DemoMediaKey) => string;
};

export type SeedArticle = {
  slug: string; // lowercase latin, hyphens (must pass ZSlug)
  authorEmail: string; // use "editor@rightsdesk.local"
  publishedAt: string; // ISO date-time, the date of the events; used for published versions
  tags: string[]; // tag slugs (country tags: lowercase ISO code like "fr"; topics: slugs)
  media: DemoMediaKey[]; // made only when the article is created
  versions: (refs: SeedRefs) => Partial<Record<Locale, SeedVersion>>; // must include SOURCE_LOCALE
  /**
   * The English as it was changed after the translations were made: published as revision 2 while
   * the translations stay based on revision 1, so readers of a translation are told the original changed.
   */
  sourceUpdate?: (refs: SeedRefs) => SeedVersion;
};

// ---------------------------------------------------------------------------------------------
// Tags

/** Labels in the order of LOCALES: en, ru, pl, fr, de, uk. */
type SixLabels = [en: string, ru: string, pl: string, fr: string, de: string, uk: string];

function labels([en, ru, pl, fr, de, uk]: SixLabels): Partial<Record<Locale, string>> {
  return { en, ru, pl, fr, de, uk };
}

const country = (countryCode: string, names: SixLabels): TagInput => ({ kind: "country", countryCode, labels: labels(names) });
const topic = (slug: string, names: SixLabels): TagInput => ({ kind: "topic", slug, labels: labels(names) });

export const seedTags: TagInput[] = [
  country("FR", ["France", "Франция", "Francja", "France", "Frankreich", "Франція"]),
  country("PL", ["Poland", "Польша", "Polska", "Pologne", "Polen", "Польща"]),
  country("CZ", ["Czech Republic", "Чехия", "Czechy", "République tchèque", "Tschechien", "Чехія"]),
  country("ES", ["Spain", "Испания", "Hiszpania", "Espagne", "Spanien", "Іспанія"]),
  country("IT", ["Italy", "Италия", "Włochy", "Italie", "Italien", "Італія"]),
  country("AT", ["Austria", "Австрия", "Austria", "Autriche", "Österreich", "Австрія"]),
  country("LT", ["Lithuania", "Литва", "Litwa", "Lituanie", "Litauen", "Литва"]),
  country("GB", ["United Kingdom", "Великобритания", "Wielka Brytania", "Royaume-Uni", "Vereinigtes Königreich", "Велика Британія"]),
  country("US", ["United States", "США", "Stany Zjednoczone", "États-Unis", "Vereinigte Staaten", "США"]),
  country("KZ", ["Kazakhstan", "Казахстан", "Kazachstan", "Kazakhstan", "Kasachstan", "Казахстан"]),
  country("RU", ["Russia", "Россия", "Rosja", "Russie", "Russland", "Росія"]),
  country("UA", ["Ukraine", "Украина", "Ukraina", "Ukraine", "Ukraine", "Україна"]),
  country("BE", ["Belgium", "Бельгия", "Belgia", "Belgique", "Belgien", "Бельгія"]),
  country("DE", ["Germany", "Германия", "Niemcy", "Allemagne", "Deutschland", "Німеччина"]),

  topic("extradition", ["Extradition", "Экстрадиция", "Ekstradycja", "Extradition", "Auslieferung", "Екстрадиція"]),
  topic("political-refugees", [
    "Political refugees",
    "Политические беженцы",
    "Uchodźcy polityczni",
    "Réfugiés politiques",
    "Politische Flüchtlinge",
    "Політичні біженці",
  ]),
  topic("asylum", ["Asylum", "Убежище", "Azyl", "Asile", "Asyl", "Притулок"]),
  topic("human-rights", ["Human rights", "Права человека", "Prawa człowieka", "Droits humains", "Menschenrechte", "Права людини"]),
  topic("political-prisoners", [
    "Political prisoners",
    "Политические заключённые",
    "Więźniowie polityczni",
    "Prisonniers politiques",
    "Politische Gefangene",
    "Політичні в’язні",
  ]),
  topic("european-parliament", [
    "European Parliament",
    "Европейский парламент",
    "Parlament Europejski",
    "Parlement européen",
    "Europäisches Parlament",
    "Європейський парламент",
  ]),
  topic("international-protection", [
    "International protection",
    "Международная защита",
    "Ochrona międzynarodowa",
    "Protection internationale",
    "Internationaler Schutz",
    "Міжнародний захист",
  ]),
  // A topic added recently and so far translated into Russian only: the labels desk lists it as missing elsewhere.
  { kind: "topic", slug: "interpol-notices", labels: { en: "Interpol notices", ru: "Уведомления Интерпола" } },
];

// ---------------------------------------------------------------------------------------------
// Rich-text builders: plain strings become text nodes, the rest is built with the helpers below.

type Inline = string | RichTextNode;

const text = (value: string, marks?: RichTextMark[]): RichTextNode =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };
const bold = (value: string): RichTextNode => text(value, [{ type: "bold" }]);
const italic = (value: string): RichTextNode => text(value, [{ type: "italic" }]);
const link = (value: string, href: `https://example.org/${string}`): RichTextNode =>
  text(value, [{ type: "link", attrs: { href } }]);

const inline = (parts: Inline[]): RichTextNode[] => parts.map((part) => (typeof part === "string" ? text(part) : part));

const p = (...parts: Inline[]): RichTextNode => ({ type: "paragraph", content: inline(parts) });
const h2 = (title: string): RichTextNode => ({ type: "heading", attrs: { level: 2 }, content: [text(title)] });
const list =
  (type: "bulletList" | "orderedList") =>
  (...items: Inline[][]): RichTextNode => ({
    type,
    content: items.map((item) => ({ type: "listItem", content: [p(...item)] })),
  });
const ul = list("bulletList");
const ol = list("orderedList");
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: "doc", content });

// The stored label is the English name the editor showed on insertion; readers see the record's current name.
const mention = (kind: "person" | "case", id: string, label: string): RichTextNode => ({ type: "mention", attrs: { id, kind, label } });
const image = (assetId: string): RichTextNode => ({ type: "mediaImage", attrs: { assetId } });
const gallery = (...assetIds: string[]): RichTextNode => ({ type: "gallery", attrs: { assetIds } });
const video = (assetId: string): RichTextNode => ({ type: "video", attrs: { assetId } });
const statement = (attrs: { organisation: string; organisationId: string | null; sourceUrl: `https://example.org/${string}` }, ...parts: Inline[]): RichTextNode => ({
  type: "statement",
  // The sources give no dates for these statements.
  attrs: { ...attrs, date: "" },
  content: [p(...parts)],
});

/** Mentions of the demo registry's people and cases by slug, with their English names as labels. */
function mentions(refs: SeedRefs) {
  const person = (slug: string, label: string) => mention("person", refs.personId(slug), label);
  return {
    ablyazov: person("mukhtar-ablyazov", "Mukhtar Ablyazov"),
    ketebayev: person("muratbek-ketebayev", "Muratbek Ketebayev"),
    vinyavski: person("igor-vinyavski", "Igor Vinyavski"),
    paraskevich: person("tatiana-paraskevich", "Tatiana Paraskevich"),
    pavlov: person("alexander-pavlov", "Alexander Pavlov"),
    shalabayeva: person("alma-shalabayeva", "Alma Shalabayeva"),
    alua: person("alua-ablyazova", "Alua Ablyazova"),
    trofimov: person("artur-trofimov", "Artur Trofimov"),
    nurgaziyev: person("kuanysh-nurgaziyev", "Kuanysh Nurgaziyev"),
    syrym: person("syrym-shalabayev", "Syrym Shalabayev"),
    kononko: person("igor-kononko", "Igor Kononko"),
    karlygash: person("karlygash-ablyazova", "Karlygash Ablyazova"),
    madina: person("madina-ablyazova", "Madina Ablyazova"),
    atabayev: person("bolat-atabayev", "Bolat Atabayev"),
    kozlov: person("vladimir-kozlov", "Vladimir Kozlov"),
    dzhakishev: person("mukhtar-dzhakishev", "Mukhtar Dzhakishev"),
    franceCase: mention("case", refs.caseId("ablyazov-extradition-france"), "Extradition of Mukhtar Ablyazov from France"),
  };
}

const AUTHOR = "editor@rightsdesk.local";

// ---------------------------------------------------------------------------------------------
// 1. Paris, 8 January 2017 (English and Russian, the Russian up to date)

type ProtectingState = "PL" | "CZ" | "ES" | "IT" | "AT" | "LT" | "GB" | "US";

/** Who of Ablyazov's circle was given protection by which state, the states named in one language. */
function protectedAbroad(m: ReturnType<typeof mentions>, and: string, states: Record<ProtectingState, string>): RichTextNode {
  const state = (code: ProtectingState) => bold(`${states[code]}:`);
  return ul(
    [state("PL"), " ", m.ketebayev, and, m.vinyavski],
    [state("CZ"), " ", m.paraskevich],
    [state("ES"), " ", m.pavlov],
    [state("IT"), " ", m.shalabayeva],
    [state("AT"), " ", m.trofimov],
    [state("LT"), " ", m.nurgaziyev, and, m.syrym],
    [state("GB"), " ", m.kononko],
    [state("US"), " ", m.karlygash],
  );
}

function parisMeeting(refs: SeedRefs): Partial<Record<Locale, SeedVersion>> {
  const m = mentions(refs);
  const photo = image(refs.mediaId("parisMeeting"));
  const en: SeedVersion = {
    status: "published",
    title: "Open Dialog leaders meet Mukhtar Ablyazov in Paris after France turns down extradition",
    summary:
      "Weeks after France's highest administrative court blocked his extradition, the Kazakh opposition politician met the heads of the Open Dialog Foundation for the first time as a free man.",
    body: doc(
      p(
        "On 8 January 2017 Lyudmyla Kozlovska, who chairs the board of the Open Dialog Foundation, and Bartosz Kramek, head of its management board, sat down in Paris with ",
        m.ablyazov,
        ", the Kazakh opposition politician and businessman whom President Nursultan Nazarbayev treats as a personal enemy. It was their first meeting in person: for three and a half years the foundation had campaigned for him while he was held in France pending extradition.",
      ),
      p(
        "Ablyazov was detained in France on 31 July 2013. That same year Russia and Ukraine, acting at Kazakhstan's request, asked Paris to hand him over. In December 2016 the ",
        italic("Conseil d'État"),
        ", France's highest administrative court, ruled that he could be surrendered to neither country, and he was released. Our case file: ",
        m.franceCase,
        ".",
      ),
      p(
        "Kozlovska said the meeting made clear to her why the authorities in Astana blame Ablyazov for almost every sign of discontent in Kazakhstan: he has opposed the regime for some sixteen years, at real risk to his life. In her view, the foundation and Ablyazov's movement share one goal: lasting democratic change in Kazakhstan and elsewhere in the former Soviet Union, and an end to the impunity of rulers who violate human rights.",
      ),
      h2("Protection granted in Europe and the United States"),
      p(
        "No one in his circle spent longer under extradition arrest than Ablyazov himself. Meanwhile many of his former colleagues and relatives, whom Kazakhstan, Russia and Ukraine have charged with various offences, found protection abroad, and the Czech Republic, Spain, the United Kingdom, Austria and Lithuania all rejected requests to extradite them. Refugee status or another form of protection went to:",
      ),
      protectedAbroad(m, " and ", {
        PL: "Poland",
        CZ: "Czech Republic",
        ES: "Spain",
        IT: "Italy",
        AT: "Austria",
        LT: "Lithuania",
        GB: "United Kingdom",
        US: "United States",
      }),
      photo,
    ),
  };
  const ru: SeedVersion = {
    status: "published",
    title: "Руководители «Открытого диалога» встретились в Париже с Мухтаром Аблязовым",
    summary:
      "Через несколько недель после того, как высший административный суд Франции запретил его выдачу, казахстанский оппозиционный политик впервые встретился с руководством Фонда «Открытый диалог» на свободе.",
    body: doc(
      p(
        "8 января 2017 года в Париже председатель совета Фонда «Открытый диалог» Людмила Козловская и председатель правления фонда Бартош Крамек впервые лично встретились с человеком, которого президент Нурсултан Назарбаев считает своим личным врагом. Это ",
        m.ablyazov,
        ", казахстанский оппозиционный политик и предприниматель: три с половиной года фонд добивался его освобождения, пока он находился во Франции под экстрадиционным арестом.",
      ),
      p(
        "Аблязова задержали во Франции 31 июля 2013 года. В том же году Россия и Украина по просьбе Казахстана потребовали его выдачи. В декабре 2016 года Государственный совет Франции (",
        italic("Conseil d'État"),
        "), высшая административная судебная инстанция страны, постановил, что его нельзя выдать ни одной из этих стран, и политика освободили. Наше досье: ",
        m.franceCase,
        ".",
      ),
      p(
        "По словам Козловской, встреча помогла ей понять, почему Астана винит Аблязова едва ли не в любом проявлении недовольства в Казахстане: он противостоит режиму около шестнадцати лет, рискуя жизнью. Фонд и оппозицию, связанную с Аблязовым, добавила она, объединяет общая цель — прочные демократические перемены в Казахстане и в других странах постсоветского пространства, а также конец безнаказанности правителей, нарушающих права человека.",
      ),
      h2("Защита в Европе и США"),
      p(
        "Никто из окружения Аблязова не провёл под экстрадиционным арестом столько времени, сколько он сам. Тем временем многие его бывшие соратники и родственники, которых Казахстан, Россия и Украина обвиняют в самых разных преступлениях, получили защиту за рубежом, а Чехия, Испания, Великобритания, Австрия и Литва отклонили запросы об их выдаче. Статус беженца или другую форму защиты получили:",
      ),
      protectedAbroad(m, " и ", { PL: "Польша", CZ: "Чехия", ES: "Испания", IT: "Италия", AT: "Австрия", LT: "Литва", GB: "Великобритания", US: "США" }),
      photo,
    ),
  };
  return { en, ru };
}

// ---------------------------------------------------------------------------------------------
// 2. Kyiv, May 2015 (English and Ukrainian, with the video greeting and its transcript)

/** The Kyiv article's words in one language; the people it names and the video stand between them. */
type BirthdayText = {
  title: string;
  summary: string;
  /** Around the mention of Ablyazov. */
  opening: [string, string];
  requests: string;
  atabayev: string;
  ketebayev: string;
  vinyavski: string;
  and: string;
  deported: string;
  trofimov: string;
  pavlov: string;
  unresolved: [string, string, string];
  note: string;
};

const BIRTHDAY_TEXT: Record<"en" | "uk", BirthdayText> = {
  en: {
    title: "Ukrainian rights defenders send birthday wishes to Mukhtar Ablyazov in French detention",
    summary:
      "In Kyiv, Ukrainian human-rights defenders recorded a video greeting for the jailed Kazakh opposition politician and urged the French authorities not to extradite him.",
    opening: [
      "In May 2015 Ukrainian human-rights defenders in Kyiv marked the birthday of ",
      ", who was then in a French prison while France weighed extradition requests from Russia and Ukraine. With people from the Open Dialog Foundation they recorded a video wishing him endurance and promising to keep working for his freedom and that of other Kazakh dissidents. They also sent the French authorities a letter setting out the dangers of handing him over and asking for his release.",
    ],
    requests:
      "Both requests were filed while Viktor Yanukovych was still in power in Kyiv, and the defenders regard them as fabricated. The video also recalls others who were targeted for their ties to Ablyazov, and cases in which pressure from abroad changed the outcome:",
    atabayev: " was freed and now lives in France.",
    ketebayev: " received refugee status in Poland, and ",
    vinyavski: " lives in Warsaw.",
    and: " and ",
    deported:
      " were deported from Italy to Kazakhstan on 31 May 2013, a removal that broke both Italian law and international law; after a European outcry they were returned to Italy.",
    trofimov: " was not extradited to Russia: Austria refused and placed him under its diplomatic protection.",
    pavlov: ", formerly in charge of Ablyazov's security, was granted refugee status.",
    unresolved: [
      "Other cases are unresolved. ",
      ", leader of the opposition party Alga!, and ",
      " were still serving prison terms in Kazakhstan when the greeting was recorded. The defenders closed with the hope that Ablyazov would spend his next birthday free and with his family.",
    ],
    note: "Editor's note: in December 2016 France's Conseil d'État refused his extradition to Russia and Ukraine, and he was released.",
  },
  uk: {
    title: "Українські правозахисники привітали з днем народження Мухтара Аблязова, ув'язненого у Франції",
    summary:
      "У Києві українські правозахисники записали відеопривітання для казахського опозиційного політика, який перебуває під вартою, і закликали владу Франції не видавати його.",
    opening: [
      "У травні 2015 року українські правозахисники в Києві відзначили день народження політика, якого тоді тримали у французькій в'язниці, поки Франція розглядала запити Росії та України про його екстрадицію. Це ",
      ". Разом із представниками Фонду «Відкритий діалог» вони записали відео, в якому побажали йому витримки й пообіцяли і далі боротися за його свободу та свободу інших казахських опозиціонерів. Французькій владі вони надіслали лист про небезпеку його видачі з проханням звільнити його.",
    ],
    requests:
      "Обидва запити подали ще за президентства Віктора Януковича, і правозахисники вважають їх сфабрикованими. Відео нагадує й про інших людей, яких переслідували через зв'язок з Аблязовим, і про випадки, коли тиск з-за кордону змінив їхню долю:",
    atabayev: " вийшов на волю і тепер живе у Франції.",
    ketebayev: " отримав статус біженця в Польщі, а ",
    vinyavski: " живе у Варшаві.",
    and: " і ",
    deported:
      " 31 травня 2013 року були депортовані з Італії до Казахстану з порушенням італійського та міжнародного права; після протестів у Європі їх повернули до Італії.",
    trofimov: " не був виданий Росії: Австрія відмовила в екстрадиції та взяла його під дипломатичний захист.",
    pavlov: ", колишній керівник охорони Аблязова, отримав статус біженця.",
    unresolved: [
      "Інші справи досі не вирішені. ",
      ", лідер опозиційної партії «Алга!», і ",
      " на час запису привітання відбували покарання в Казахстані. Наостанок правозахисники побажали Аблязову зустріти наступний день народження на волі, з родиною.",
    ],
    note: "Примітка редакції: у грудні 2016 року Державна рада Франції відмовила в його екстрадиції до Росії та України, і його звільнили.",
  },
};

function birthdayVersion(refs: SeedRefs, t: BirthdayText): SeedVersion {
  const m = mentions(refs);
  return {
    status: "published",
    title: t.title,
    summary: t.summary,
    body: doc(
      p(t.opening[0], m.ablyazov, t.opening[1]),
      video(refs.mediaId("kyivGreeting")),
      p(t.requests),
      ul(
        [m.atabayev, t.atabayev],
        [m.ketebayev, t.ketebayev, m.vinyavski, t.vinyavski],
        [m.shalabayeva, t.and, m.alua, t.deported],
        [m.trofimov, t.trofimov],
        [m.pavlov, t.pavlov],
      ),
      p(t.unresolved[0], m.kozlov, t.unresolved[1], m.dzhakishev, t.unresolved[2]),
      p(italic(t.note)),
    ),
  };
}

function birthday(refs: SeedRefs): Partial<Record<Locale, SeedVersion>> {
  return { en: birthdayVersion(refs, BIRTHDAY_TEXT.en), uk: birthdayVersion(refs, BIRTHDAY_TEXT.uk) };
}

// ---------------------------------------------------------------------------------------------
// 3. Strasbourg, 14–16 February 2017 (English and Polish, with a gallery and the statements;
// the English gained two statements after the Polish was made, so the Polish is outdated)

const STATEMENTS = {
  meps: { organisation: "Marju Lauristin, Mady Delvaux and Julie Ward, MEPs", organisationId: null, sourceUrl: "https://example.org/statements/meps-joint" },
  cpj: { organisation: "Committee to Protect Journalists", slug: "committee-to-protect-journalists", sourceUrl: "https://example.org/statements/cpj-mamay" },
  rsf: { organisation: "Reporters Without Borders", slug: "reporters-without-borders", sourceUrl: "https://example.org/statements/rsf-mamay" },
  freedomHouseMamay: { organisation: "Freedom House", slug: "freedom-house", sourceUrl: "https://example.org/statements/freedom-house-mamay" },
  hrwEleusinov: { organisation: "Human Rights Watch", slug: "human-rights-watch", sourceUrl: "https://example.org/statements/hrw-eleusinov" },
  amnesty: { organisation: "Amnesty International", slug: "amnesty-international", sourceUrl: "https://example.org/statements/amnesty-bokayev-ayan" },
  hrwBokayev: { organisation: "Human Rights Watch", slug: "human-rights-watch", sourceUrl: "https://example.org/statements/hrw-bokayev-ayan" },
  freedomHouseBokayev: { organisation: "Freedom House", slug: "freedom-house", sourceUrl: "https://example.org/statements/freedom-house-bokayev-ayan" },
  odfActivists: { organisation: "Open Dialog Foundation", slug: "open-dialog-foundation", sourceUrl: "https://example.org/statements/odf-kazakhstan" },
  odfParaskevich: { organisation: "Open Dialog Foundation", slug: "open-dialog-foundation", sourceUrl: "https://example.org/statements/odf-paraskevich" },
} as const;

function statementOf(refs: SeedRefs, key: keyof typeof STATEMENTS, ...parts: Inline[]): RichTextNode {
  const source = STATEMENTS[key];
  const organisationId = "slug" in source ? refs.organisationId(source.slug) : null;
  return statement({ organisation: source.organisation, organisationId, sourceUrl: source.sourceUrl }, ...parts);
}

type StrasbourgText = { onCase: string; and: string; intro: string };

/** The statements as the Polish was made from them (English revision 1). */
function strasbourgStatements(refs: SeedRefs, t: StrasbourgText, allCases: string): RichTextNode[] {
  const m = mentions(refs);
  const on = (names: string) => `${t.onCase} ${names}.`;
  return [
    p(t.intro),
    statementOf(refs, "meps", allCases),
    statementOf(refs, "cpj", on("Zhanbolat Mamay")),
    statementOf(refs, "rsf", on("Zhanbolat Mamay")),
    statementOf(refs, "freedomHouseMamay", on("Zhanbolat Mamay")),
    statementOf(refs, "hrwEleusinov", on(`Amin Eleusinov ${t.and} Nurbek Qushaqbaev`)),
    statementOf(refs, "amnesty", on(`Maks Bokayev ${t.and} Talgat Ayan`)),
    statementOf(refs, "odfActivists", on(`Anatoliy Pogorelov, Roman Solodchenko ${t.and} Zhaksylyk Zharimbetov`)),
    statementOf(refs, "odfParaskevich", `${t.onCase} `, m.paraskevich, "."),
  ];
}

function strasbourgEnglish(refs: SeedRefs, updated: boolean): SeedVersion {
  const m = mentions(refs);
  const t = { onCase: "On the case of", and: "and", intro: "Statements on the cases the delegation raised, summarised in our words; each source has the full text." };
  return {
    status: "published",
    title: "Open Dialog raises Kazakhstan's human-rights record with MEPs in Strasbourg",
    summary:
      "From 14 to 16 February 2017 an Open Dialog Foundation delegation, joined by Mukhtar Ablyazov, met members of the European Parliament to discuss repression in Kazakhstan.",
    body: doc(
      p(
        "While the European Parliament met in plenary in Strasbourg from 14 to 16 February 2017, an Open Dialog Foundation delegation briefed its members on Kazakhstan: President Nursultan Nazarbayev's plans for political “transition” and economic “development”, the prosecution of journalists, bloggers, oil workers and opponents of the land reform, and the pursuit of the regime's critics abroad.",
      ),
      p(
        m.ablyazov,
        " joined the delegation to thank MEPs in person. More than 50 of them had spoken up for him and for his former colleagues and relatives, who were persecuted across Europe and in the United States and received asylum, refugee status or international protection there. In custody in France since 31 July 2013, he was freed after the Conseil d'État refused in December 2016 to extradite him to Russia or Ukraine, both of them acting for Kazakhstan.",
      ),
      h2("Who the delegation met"),
      p(
        "A breakfast hosted by three S&D members, Marju Lauristin (Estonia), Mady Delvaux (Luxembourg) and Julie Ward (United Kingdom), was followed by talks with Tunne Kelam (Estonia, EPP), Tomáš Zdechovský (Czech Republic, EPP), Ismail Ertug (Germany, S&D), Kazimierz Michał Ujazdowski (Poland, ECR) and Petras Auštrevičius (Lithuania, ALDE). Ablyazov, the foundation and his daughter ",
        m.madina,
        " also saw Pier Antonio Panzeri and Anna Fotyga, who chair the subcommittees on human rights and on security and defence, Pavel Svoboda, chair of the legal affairs committee, and Elmar Brok, former chair of the foreign affairs committee. The four-day trip also included Council of Europe officials and diplomats in Strasbourg and journalists in Paris.",
      ),
      gallery(refs.mediaId("strasbourgPlenary"), refs.mediaId("strasbourgBreakfast"), refs.mediaId("strasbourgChairs")),
      h2("What rights groups have said"),
      ...strasbourgStatements(refs, t, "A joint press statement on all of these cases."),
      ...(updated
        ? [
            statementOf(refs, "hrwBokayev", "On the case of Maks Bokayev and Talgat Ayan."),
            statementOf(refs, "freedomHouseBokayev", "On the case of Maks Bokayev and Talgat Ayan."),
            p(italic("Updated: the statements of Human Rights Watch and Freedom House on Maks Bokayev and Talgat Ayan were added.")),
          ]
        : []),
    ),
  };
}

function strasbourg(refs: SeedRefs): Partial<Record<Locale, SeedVersion>> {
  const m = mentions(refs);
  const t = { onCase: "W sprawie", and: "i", intro: "Stanowiska w sprawach, które poruszyła delegacja, streszczone naszymi słowami; pełny tekst można znaleźć w źródłach." };
  const pl: SeedVersion = {
    status: "published",
    title: "Otwarty Dialog rozmawia z eurodeputowanymi o prawach człowieka w Kazachstanie",
    summary:
      "W dniach 14–16 lutego 2017 roku delegacja Fundacji Otwarty Dialog wraz z Muchtarem Ablazowem spotkała się w Strasburgu z posłami do Parlamentu Europejskiego, by rozmawiać o represjach w Kazachstanie.",
    body: doc(
      p(
        "Podczas sesji plenarnej Parlamentu Europejskiego w Strasburgu, w dniach 14–16 lutego 2017 roku, delegacja Fundacji Otwarty Dialog przedstawiła eurodeputowanym sytuację w Kazachstanie: plany politycznej „transformacji” i gospodarczego „rozwoju” prezydenta Nursułtana Nazarbajewa, ściganie dziennikarzy, blogerów, naftowców i przeciwników reformy ziemskiej, a także prześladowanie krytyków reżimu za granicą.",
      ),
      p(
        m.ablyazov,
        " dołączył do delegacji, by osobiście podziękować posłom za wsparcie. Ponad 50 eurodeputowanych wystąpiło w obronie jego oraz jego byłych współpracowników i krewnych, prześladowanych w Europie i w Stanach Zjednoczonych, gdzie otrzymali azyl, status uchodźcy lub ochronę międzynarodową. Zatrzymany we Francji 31 lipca 2013 roku, odzyskał wolność, gdy w grudniu 2016 roku Rada Stanu (Conseil d'État) odmówiła jego ekstradycji do Rosji i Ukrainy, działających na prośbę Kazachstanu.",
      ),
      h2("Z kim spotkała się delegacja"),
      p(
        "Po śniadaniu, które wydały trzy posłanki z grupy S&D – Marju Lauristin (Estonia), Mady Delvaux (Luksemburg) i Julie Ward (Wielka Brytania) – odbyły się rozmowy z Tunne Kelamem (Estonia, EPL), Tomášem Zdechovským (Czechy, EPL), Ismailem Ertugiem (Niemcy, S&D), Kazimierzem Michałem Ujazdowskim (Polska, EKR) i Petrasem Auštrevičiusem (Litwa, ALDE). Ablazow, przedstawiciele fundacji i jego córka ",
        m.madina,
        " spotkali się też z przewodniczącymi Podkomisji Praw Człowieka Pierem Antoniem Panzerim, Podkomisji Bezpieczeństwa i Obrony Anną Fotygą i Komisji Prawnej Pavlem Svobodą, a także z Elmarem Brokiem, byłym przewodniczącym Komisji Spraw Zagranicznych. Czterodniowa wizyta obejmowała również rozmowy z urzędnikami i dyplomatami Rady Europy w Strasburgu oraz z dziennikarzami w Paryżu.",
      ),
      gallery(refs.mediaId("strasbourgPlenary"), refs.mediaId("strasbourgBreakfast"), refs.mediaId("strasbourgChairs")),
      h2("Stanowiska organizacji praw człowieka"),
      ...strasbourgStatements(refs, t, "Wspólne oświadczenie prasowe w sprawie wszystkich tych przypadków."),
    ),
  };
  return { en: strasbourgEnglish(refs, false), pl };
}

// ---------------------------------------------------------------------------------------------
// 4. Explainer (a draft: readers must not see it)

function explainer(refs: SeedRefs): Partial<Record<Locale, SeedVersion>> {
  const m = mentions(refs);
  const en: SeedVersion = {
    status: "draft",
    title: "Explainer: the extradition requests that European states turned down",
    summary:
      "Kazakhstan, Russia and Ukraine sought the surrender of Mukhtar Ablyazov and people close to him. Which states said no, and what protection did they give?",
    body: doc(
      p(
        "Since 2013 the Kazakh authorities have tried to bring ",
        m.ablyazov,
        " and people around him back within their reach. Where Kazakhstan could not act directly, Russia and Ukraine sent extradition requests on its behalf, describing the opposition politician, his relatives and former colleagues as a criminal group.",
      ),
      h2("Where the requests failed"),
      ol(
        [
          bold("France"),
          " held Ablyazov under extradition arrest from 31 July 2013. In December 2016 the Conseil d'État ruled out his surrender to Russia and Ukraine, and he was released.",
        ],
        [bold("Austria"), " refused to send ", m.trofimov, " to Russia and gave him diplomatic protection."],
        [bold("The Czech Republic, Spain, the United Kingdom and Lithuania"), " also rejected requests concerning people linked to Ablyazov."],
      ),
      h2("Refusal is not the same as protection"),
      p(
        "Turning down an extradition request only means a person will not be handed over. Several of those concerned went further and obtained asylum, refugee status or international protection: in Poland, the Czech Republic, Spain, Italy, Austria, Lithuania, the United Kingdom and the United States. Behind these decisions lies the principle of ",
        italic("non-refoulement"),
        ": no one may be sent to a country where they face a real risk of persecution or ill-treatment.",
      ),
      p(
        italic("Draft: add links to the court decisions and the list of protections from "),
        link("our case file", "https://example.org/cases/ablyazov"),
        italic(" before publishing."),
      ),
    ),
  };
  return { en };
}

// ---------------------------------------------------------------------------------------------

export const seedArticles: SeedArticle[] = [
  {
    slug: "open-dialog-meets-ablyazov-in-paris",
    authorEmail: AUTHOR,
    publishedAt: "2017-01-08T12:00:00.000Z",
    tags: [
      "fr", "kz", "ru", "ua", "pl", "cz", "es", "it", "at", "lt", "gb", "us",
      "extradition", "political-refugees", "asylum", "international-protection",
    ],
    media: ["parisMeeting"],
    versions: parisMeeting,
  },
  {
    slug: "kyiv-birthday-greetings-for-ablyazov",
    authorEmail: AUTHOR,
    publishedAt: "2015-05-22T12:00:00.000Z",
    tags: ["ua", "fr", "kz", "ru", "it", "at", "pl", "extradition", "political-prisoners", "human-rights"],
    media: ["kyivGreeting"],
    versions: birthday,
  },
  {
    slug: "odf-delegation-european-parliament-strasbourg",
    authorEmail: AUTHOR,
    publishedAt: "2017-02-16T12:00:00.000Z",
    tags: ["fr", "kz", "pl", "de", "european-parliament", "human-rights", "political-prisoners", "international-protection"],
    media: ["strasbourgPlenary", "strasbourgBreakfast", "strasbourgChairs"],
    versions: strasbourg,
    sourceUpdate: (refs) => strasbourgEnglish(refs, true),
  },
  {
    slug: "explainer-refused-extradition-requests",
    authorEmail: AUTHOR,
    publishedAt: "2017-01-20T12:00:00.000Z",
    tags: ["fr", "at", "cz", "es", "gb", "lt", "kz", "ru", "ua", "extradition", "asylum", "international-protection"],
    media: [],
    versions: explainer,
  },
];
