/**
 * Demo content for RightsDesk: tags and articles about the cases of Mukhtar Ablyazov and people
 * close to him. The facts (names, dates, places, who asked for what, which state granted what)
 * come from three reports of the Open Dialog Foundation; the text is written afresh for the demo.
 * Links point at example.org only: the demo must not send readers anywhere real.
 */
import {
  type Locale,
  type RichTextDoc,
  type RichTextMark,
  type RichTextNode,
  type TagInput,
  type VersionStatus,
} from "@rightsdesk/domain";

export type SeedVersion = { title: string; summary: string; body: RichTextDoc; status: VersionStatus };
export type SeedArticle = {
  slug: string; // lowercase latin, hyphens (must pass ZSlug)
  authorEmail: string; // use "editor@rightsdesk.local"
  publishedAt: string; // ISO date-time, the date of the events; used for published versions
  tags: string[]; // tag slugs (country tags: lowercase ISO code like "fr"; topics: slugs)
  versions: Partial<Record<Locale, SeedVersion>>; // must include "en"
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

const AUTHOR = "editor@rightsdesk.local";

// ---------------------------------------------------------------------------------------------
// 1. Paris, 8 January 2017

const parisMeetingEn: SeedVersion = {
  status: "published",
  title: "Open Dialog leaders meet Mukhtar Ablyazov in Paris after France turns down extradition",
  summary:
    "Weeks after France's highest administrative court blocked his extradition, the Kazakh opposition politician met the heads of the Open Dialog Foundation for the first time as a free man.",
  body: doc(
    p(
      "On 8 January 2017 Lyudmyla Kozlovska, who chairs the board of the Open Dialog Foundation, and Bartosz Kramek, head of its management board, sat down in Paris with ",
      bold("Mukhtar Ablyazov"),
      ", the Kazakh opposition politician and businessman whom President Nursultan Nazarbayev treats as a personal enemy. It was their first meeting in person: for three and a half years the foundation had campaigned for him while he was held in France pending extradition.",
    ),
    p(
      "Ablyazov was detained in France on 31 July 2013. That same year Russia and Ukraine, acting at Kazakhstan's request, asked Paris to hand him over. In December 2016 the ",
      italic("Conseil d'État"),
      ", France's highest administrative court, ruled that he could be surrendered to neither country, and he was released.",
    ),
    p(
      "Kozlovska said the meeting made clear to her why the authorities in Astana blame Ablyazov for almost every sign of discontent in Kazakhstan: he has opposed the regime for some sixteen years, at real risk to his life. In her view, the foundation and Ablyazov's movement share one goal: lasting democratic change in Kazakhstan and elsewhere in the former Soviet Union, and an end to the impunity of rulers who violate human rights.",
    ),
    h2("Protection granted in Europe and the United States"),
    p(
      "No one in his circle spent longer under extradition arrest than Ablyazov himself. Meanwhile many of his former colleagues and relatives, whom Kazakhstan, Russia and Ukraine have charged with various offences, found protection abroad, and the Czech Republic, Spain, the United Kingdom, Austria and Lithuania all rejected requests to extradite them. Refugee status or another form of protection went to:",
    ),
    ul(
      [bold("Poland:"), " Muratbek Ketebayev and Igor Vinyavski"],
      [bold("Czech Republic:"), " Tatiana Paraskevich"],
      [bold("Spain:"), " Alexander Pavlov"],
      [bold("Italy:"), " Alma Shalabayeva"],
      [bold("Austria:"), " Artur Trofimov"],
      [bold("Lithuania:"), " Kuanysh Nurgaziyev and Syrym Shalabayev"],
      [bold("United Kingdom:"), " Igor Kononko"],
      [bold("United States:"), " Karlygash Ablyazova"],
    ),
  ),
};

const parisMeetingRu: SeedVersion = {
  status: "published",
  title: "Руководители «Открытого диалога» встретились в Париже с Мухтаром Аблязовым",
  summary:
    "Через несколько недель после того, как высший административный суд Франции запретил его выдачу, казахстанский оппозиционный политик впервые встретился с руководством Фонда «Открытый диалог» на свободе.",
  body: doc(
    p(
      "8 января 2017 года в Париже председатель совета Фонда «Открытый диалог» Людмила Козловская и председатель правления фонда Бартош Крамек встретились с ",
      bold("Мухтаром Аблязовым"),
      " — казахстанским оппозиционным политиком и предпринимателем, которого президент Нурсултан Назарбаев считает своим личным врагом. Это была их первая личная встреча: три с половиной года фонд добивался его освобождения, пока он находился во Франции под экстрадиционным арестом.",
    ),
    p(
      "Аблязова задержали во Франции 31 июля 2013 года. В том же году Россия и Украина по просьбе Казахстана потребовали его выдачи. В декабре 2016 года Государственный совет Франции (",
      italic("Conseil d'État"),
      "), высшая административная судебная инстанция страны, постановил, что его нельзя выдать ни одной из этих стран, и политика освободили.",
    ),
    p(
      "По словам Козловской, встреча помогла ей понять, почему Астана винит Аблязова едва ли не в любом проявлении недовольства в Казахстане: он противостоит режиму около шестнадцати лет, рискуя жизнью. Фонд и оппозицию, связанную с Аблязовым, добавила она, объединяет общая цель — прочные демократические перемены в Казахстане и в других странах постсоветского пространства, а также конец безнаказанности правителей, нарушающих права человека.",
    ),
    h2("Защита в Европе и США"),
    p(
      "Никто из окружения Аблязова не провёл под экстрадиционным арестом столько времени, сколько он сам. Тем временем многие его бывшие соратники и родственники, которых Казахстан, Россия и Украина обвиняют в самых разных преступлениях, получили защиту за рубежом, а Чехия, Испания, Великобритания, Австрия и Литва отклонили запросы об их выдаче. Статус беженца или другую форму защиты получили:",
    ),
    ul(
      [bold("Польша:"), " Муратбек Кетебаев и Игорь Винявский"],
      [bold("Чехия:"), " Татьяна Параскевич"],
      [bold("Испания:"), " Александр Павлов"],
      [bold("Италия:"), " Алма Шалабаева"],
      [bold("Австрия:"), " Артур Трофимов"],
      [bold("Литва:"), " Куаныш Нургазиев и Сырым Шалабаев"],
      [bold("Великобритания:"), " Игорь Кононко"],
      [bold("США:"), " Карлыгаш Аблязова"],
    ),
  ),
};

// ---------------------------------------------------------------------------------------------
// 2. Kyiv, May 2015

const birthdayEn: SeedVersion = {
  status: "published",
  title: "Ukrainian rights defenders send birthday wishes to Mukhtar Ablyazov in French detention",
  summary:
    "In Kyiv, Ukrainian human-rights defenders recorded a video greeting for the jailed Kazakh opposition politician and urged the French authorities not to extradite him.",
  body: doc(
    p(
      "In May 2015 Ukrainian human-rights defenders in Kyiv marked the birthday of Mukhtar Ablyazov, who was then in a French prison while France weighed extradition requests from Russia and Ukraine. With people from the Open Dialog Foundation they recorded a video wishing him endurance and promising to keep working for his freedom and that of other Kazakh dissidents. They also sent the French authorities a letter setting out the dangers of handing him over and asking for his release.",
    ),
    p(
      "Both requests were filed while Viktor Yanukovych was still in power in Kyiv, and the defenders regard them as fabricated. The video also recalls others who were targeted for their ties to Ablyazov, and cases in which pressure from abroad changed the outcome:",
    ),
    ul(
      [bold("Bolat Atabayev"), " was freed and now lives in France."],
      [bold("Muratbek Ketebayev"), " received refugee status in Poland, and ", bold("Igor Vinyavski"), " lives in Warsaw."],
      [
        bold("Alma Shalabayeva"),
        " and ",
        bold("Alua Ablyazova"),
        " were deported from Italy to Kazakhstan on 31 May 2013, a removal that broke both Italian law and international law; after a European outcry they were returned to Italy.",
      ],
      [bold("Artur Trofimov"), " was not extradited to Russia: Austria refused and placed him under its diplomatic protection."],
      [bold("Alexander Pavlov"), ", formerly in charge of Ablyazov's security, was granted refugee status."],
    ),
    p(
      "Other cases are unresolved. ",
      bold("Vladimir Kozlov"),
      ", leader of the opposition party Alga!, and ",
      bold("Mukhtar Dzhakishev"),
      " were still serving prison terms in Kazakhstan when the greeting was recorded. The defenders closed with the hope that Ablyazov would spend his next birthday free and with his family.",
    ),
    p(
      italic(
        "Editor's note: in December 2016 France's Conseil d'État refused his extradition to Russia and Ukraine, and he was released.",
      ),
    ),
  ),
};

// ---------------------------------------------------------------------------------------------
// 3. Strasbourg, 14–16 February 2017

const strasbourgEn: SeedVersion = {
  status: "published",
  title: "Open Dialog raises Kazakhstan's human-rights record with MEPs in Strasbourg",
  summary:
    "From 14 to 16 February 2017 an Open Dialog Foundation delegation, joined by Mukhtar Ablyazov, met members of the European Parliament to discuss repression in Kazakhstan.",
  body: doc(
    p(
      "While the European Parliament met in plenary in Strasbourg from 14 to 16 February 2017, an Open Dialog Foundation delegation briefed its members on Kazakhstan: President Nursultan Nazarbayev's plans for political “transition” and economic “development”, the prosecution of journalists, bloggers, oil workers and opponents of the land reform, and the pursuit of the regime's critics abroad.",
    ),
    p(
      "Mukhtar Ablyazov joined the delegation to thank MEPs in person. More than 50 of them had spoken up for him and for his former colleagues and relatives, who were persecuted across Europe and in the United States and received asylum, refugee status or international protection there. In custody in France since 31 July 2013, he was freed after the Conseil d'État refused in December 2016 to extradite him to Russia or Ukraine, both of them acting for Kazakhstan.",
    ),
    h2("Who the delegation met"),
    p(
      "A breakfast hosted by three S&D members, Marju Lauristin (Estonia), Mady Delvaux (Luxembourg) and Julie Ward (United Kingdom), was followed by talks with Tunne Kelam (Estonia, EPP), Tomáš Zdechovský (Czech Republic, EPP), Ismail Ertug (Germany, S&D), Kazimierz Michał Ujazdowski (Poland, ECR) and Petras Auštrevičius (Lithuania, ALDE). With his daughter Madina Ablyazova, Ablyazov and the foundation also saw Pier Antonio Panzeri and Anna Fotyga, who chair the subcommittees on human rights and on security and defence, Pavel Svoboda, chair of the legal affairs committee, and Elmar Brok, former chair of the foreign affairs committee. The four-day trip also included Council of Europe officials and diplomats in Strasbourg and journalists in Paris.",
    ),
    h2("What rights groups have said"),
    ul(
      [
        link("Committee to Protect Journalists", "https://example.org/statements/cpj-mamay"),
        ", ",
        link("Reporters Without Borders", "https://example.org/statements/rsf-mamay"),
        " and ",
        link("Freedom House", "https://example.org/statements/freedom-house-mamay"),
        ": Zhanbolat Mamay",
      ],
      [link("Human Rights Watch", "https://example.org/statements/hrw-eleusinov"), ": Amin Eleusinov and Nurbek Qushaqbaev"],
      [
        link("Amnesty International", "https://example.org/statements/amnesty-bokayev-ayan"),
        ", Human Rights Watch and Freedom House: Maks Bokayev and Talgat Ayan",
      ],
      [
        link("Open Dialog Foundation", "https://example.org/statements/odf-kazakhstan"),
        ": Anatoliy Pogorelov, Roman Solodchenko and Zhaksylyk Zharimbetov; Tatiana Paraskevich",
      ],
      ["MEPs Lauristin, Delvaux and Ward: a joint press statement on all these cases"],
    ),
  ),
};

const strasbourgPl: SeedVersion = {
  status: "published",
  title: "Otwarty Dialog rozmawia z eurodeputowanymi o prawach człowieka w Kazachstanie",
  summary:
    "W dniach 14–16 lutego 2017 roku delegacja Fundacji Otwarty Dialog wraz z Muchtarem Ablazowem spotkała się w Strasburgu z posłami do Parlamentu Europejskiego, by rozmawiać o represjach w Kazachstanie.",
  body: doc(
    p(
      "Podczas sesji plenarnej Parlamentu Europejskiego w Strasburgu, w dniach 14–16 lutego 2017 roku, delegacja Fundacji Otwarty Dialog przedstawiła eurodeputowanym sytuację w Kazachstanie: plany politycznej „transformacji” i gospodarczego „rozwoju” prezydenta Nursułtana Nazarbajewa, ściganie dziennikarzy, blogerów, naftowców i przeciwników reformy ziemskiej, a także prześladowanie krytyków reżimu za granicą.",
    ),
    p(
      "Do delegacji dołączył Muchtar Ablazow, który osobiście podziękował posłom za wsparcie. Ponad 50 eurodeputowanych wystąpiło w obronie jego oraz jego byłych współpracowników i krewnych, prześladowanych w Europie i w Stanach Zjednoczonych, gdzie otrzymali azyl, status uchodźcy lub ochronę międzynarodową. Zatrzymany we Francji 31 lipca 2013 roku, odzyskał wolność, gdy w grudniu 2016 roku Rada Stanu (Conseil d'État) odmówiła jego ekstradycji do Rosji i Ukrainy, działających na prośbę Kazachstanu.",
    ),
    h2("Z kim spotkała się delegacja"),
    p(
      "Po śniadaniu, które wydały trzy posłanki z grupy S&D – Marju Lauristin (Estonia), Mady Delvaux (Luksemburg) i Julie Ward (Wielka Brytania) – odbyły się rozmowy z Tunne Kelamem (Estonia, EPL), Tomášem Zdechovským (Czechy, EPL), Ismailem Ertugiem (Niemcy, S&D), Kazimierzem Michałem Ujazdowskim (Polska, EKR) i Petrasem Auštrevičiusem (Litwa, ALDE). Fundacja, Ablazow i jego córka Madina Ablazowa spotkali się też z przewodniczącymi Podkomisji Praw Człowieka Pierem Antoniem Panzerim, Podkomisji Bezpieczeństwa i Obrony Anną Fotygą i Komisji Prawnej Pavlem Svobodą, a także z Elmarem Brokiem, byłym przewodniczącym Komisji Spraw Zagranicznych. Czterodniowa wizyta obejmowała również rozmowy z urzędnikami i dyplomatami Rady Europy w Strasburgu oraz z dziennikarzami w Paryżu.",
    ),
    h2("Stanowiska organizacji praw człowieka"),
    ul(
      [
        link("Komitet Ochrony Dziennikarzy", "https://example.org/statements/cpj-mamay"),
        ", ",
        link("Reporterzy bez Granic", "https://example.org/statements/rsf-mamay"),
        " i ",
        link("Freedom House", "https://example.org/statements/freedom-house-mamay"),
        " – Zhanbolat Mamay",
      ],
      [link("Human Rights Watch", "https://example.org/statements/hrw-eleusinov"), " – Amin Eleusinov i Nurbek Qushaqbaev"],
      [
        link("Amnesty International", "https://example.org/statements/amnesty-bokayev-ayan"),
        ", Human Rights Watch i Freedom House – Maks Bokayev i Talgat Ayan",
      ],
      [
        link("Fundacja Otwarty Dialog", "https://example.org/statements/odf-kazakhstan"),
        " – Anatoliy Pogorelov, Roman Solodchenko i Zhaksylyk Zharimbetov; Tatiana Paraskevich",
      ],
      ["Eurodeputowane Lauristin, Delvaux i Ward – wspólne oświadczenie w sprawie wszystkich tych przypadków"],
    ),
  ),
};

// ---------------------------------------------------------------------------------------------
// 4. Explainer (a draft: readers must not see it)

const explainerEn: SeedVersion = {
  status: "draft",
  title: "Explainer: the extradition requests that European states turned down",
  summary:
    "Kazakhstan, Russia and Ukraine sought the surrender of Mukhtar Ablyazov and people close to him. Which states said no, and what protection did they give?",
  body: doc(
    p(
      "Since 2013 the Kazakh authorities have tried to bring Mukhtar Ablyazov and people around him back within their reach. Where Kazakhstan could not act directly, Russia and Ukraine sent extradition requests on its behalf, describing the opposition politician, his relatives and former colleagues as a criminal group.",
    ),
    h2("Where the requests failed"),
    ol(
      [
        bold("France"),
        " held Ablyazov under extradition arrest from 31 July 2013. In December 2016 the Conseil d'État ruled out his surrender to Russia and Ukraine, and he was released.",
      ],
      [bold("Austria"), " refused to send Artur Trofimov to Russia and gave him diplomatic protection."],
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
    versions: { en: parisMeetingEn, ru: parisMeetingRu },
  },
  {
    slug: "kyiv-birthday-greetings-for-ablyazov",
    authorEmail: AUTHOR,
    publishedAt: "2015-05-22T12:00:00.000Z",
    tags: ["ua", "fr", "kz", "ru", "it", "at", "pl", "extradition", "political-prisoners", "human-rights"],
    versions: { en: birthdayEn },
  },
  {
    slug: "odf-delegation-european-parliament-strasbourg",
    authorEmail: AUTHOR,
    publishedAt: "2017-02-16T12:00:00.000Z",
    tags: ["fr", "kz", "pl", "de", "european-parliament", "human-rights", "political-prisoners", "international-protection"],
    versions: { en: strasbourgEn, pl: strasbourgPl },
  },
  {
    slug: "explainer-refused-extradition-requests",
    authorEmail: AUTHOR,
    publishedAt: "2017-01-20T12:00:00.000Z",
    tags: ["fr", "at", "cz", "es", "gb", "lt", "kz", "ru", "ua", "extradition", "asylum", "international-protection"],
    versions: { en: explainerEn },
  },
];
