/**
 * Demo registry for RightsDesk: the people, cases, protections, relationships and organisations
 * that the demo articles (seed-content.ts) report. Facts come only from the three Open Dialog
 * Foundation reports the demo articles are based on; the bios and descriptions are our own words.
 * Where the reports say nothing (birth dates, most nationalities), the field stays empty rather
 * than guessed: a registry of people at risk must not invent facts about them.
 *
 * One person is internal ("Confidential Source Kappa") and one public person (Mukhtar Ablyazov)
 * carries internal notes: both exist so tests can prove that nothing internal reaches the public site.
 */
import {
  type ParticipantRole,
  type RelationshipKind,
  type ZCaseInput,
  type ZOrganisationInput,
  type ZPersonInput,
  type ZProtectionInput,
} from "@rightsdesk/domain";
import { type z } from "zod";

export type SeedPerson = Omit<z.input<typeof ZPersonInput>, "slug"> & {
  slug: string;
  /** Slugs of the demo articles that mention the person. */
  articles: string[];
};
export type SeedCase = Omit<z.input<typeof ZCaseInput>, "slug"> & {
  slug: string;
  participants: { person: string /* person slug */; role: ParticipantRole }[];
  /** Slugs of the demo articles that report the case. */
  articles: string[];
};
export type SeedProtection = Omit<z.input<typeof ZProtectionInput>, "personId" | "sourceArticleId"> & {
  person: string /* person slug */;
  sourceArticle: string | null /* article slug */;
};
export type SeedRelationship = { person: string; related: string; kind: RelationshipKind };
export type SeedOrganisation = Omit<z.input<typeof ZOrganisationInput>, "slug"> & { slug: string };

// Demo article slugs (seed-content.ts).
const PARIS = "open-dialog-meets-ablyazov-in-paris"; // 8 January 2017
const KYIV = "kyiv-birthday-greetings-for-ablyazov"; // 22 May 2015
const STRASBOURG = "odf-delegation-european-parliament-strasbourg"; // 14–16 February 2017
const EXPLAINER = "explainer-refused-extradition-requests"; // a draft

/** The Russian spelling of a name, shown to Russian and Ukrainian readers. */
const ru = (name: string) => ({ name, script: "cyrillic" as const, locale: "ru" as const, kind: "official" as const });
/** Another Latin spelling found in the sources, so searches find the person under it too. */
const latin = (name: string, locale: "fr" | "pl" | null = null) => ({
  name,
  script: "latin" as const,
  locale,
  kind: "transliteration" as const,
});

// ---------------------------------------------------------------------------------------------
// Persons

export const seedPersons: SeedPerson[] = [
  {
    slug: "mukhtar-ablyazov",
    name: "Mukhtar Ablyazov",
    variants: [ru("Мухтар Аблязов"), latin("Moukhtar Abliazov", "fr"), latin("Mukhtar Abliazov"), latin("Muchtar Ablazow", "pl")],
    birth: null,
    nationalities: ["KZ"],
    roles: ["opposition_politician", "businessman"],
    status: "in_exile",
    bio: {
      en: "Kazakh opposition politician and businessman, regarded by President Nursultan Nazarbayev as a personal enemy. Held in France from July 2013 while Russia and Ukraine sought his extradition on Kazakhstan's behalf, he was freed after the Conseil d'État blocked his surrender in December 2016.",
      ru: "Казахстанский оппозиционный политик и предприниматель, которого президент Нурсултан Назарбаев считает личным врагом. С июля 2013 года находился под стражей во Франции по запросам России и Украины, действовавших в интересах Казахстана, и вышел на свободу после того, как в декабре 2016 года Государственный совет Франции запретил его выдачу.",
    },
    confidentiality: "public",
    internalNotes: {
      currentLocation: "INTERNAL-LOCATION-Paris-apartment",
      contactNotes: "INTERNAL-CONTACT-lawyer-only",
      riskAssessment: "INTERNAL-RISK-medium",
    },
    articles: [PARIS, KYIV, STRASBOURG, EXPLAINER],
  },
  {
    slug: "muratbek-ketebayev",
    name: "Muratbek Ketebayev",
    variants: [ru("Муратбек Кетебаев"), latin("Muratbek Ketabayev")],
    birth: null,
    nationalities: ["KZ"],
    roles: ["activist"],
    status: "in_exile",
    bio: {
      en: "Kazakh opposition activist persecuted at home for his political ties to Mukhtar Ablyazov. International pressure helped secure his freedom, and Poland recognised him as a refugee.",
      ru: "Казахстанский оппозиционный активист, преследуемый на родине за политическую связь с Мухтаром Аблязовым. Благодаря международному давлению он оказался на свободе, а Польша признала его беженцем.",
    },
    confidentiality: "public",
    articles: [PARIS, KYIV],
  },
  {
    slug: "igor-vinyavski",
    name: "Igor Vinyavski",
    variants: [ru("Игорь Винявский"), latin("Igor Vinyavskiy")],
    birth: null,
    nationalities: ["KZ"],
    roles: ["activist"],
    status: "in_exile",
    bio: {
      en: "Kazakh opposition figure targeted for his links to Mukhtar Ablyazov and freed after pressure from abroad. He settled in Warsaw and holds refugee status in Poland.",
      ru: "Казахстанский оппозиционер, которого преследовали из-за связи с Мухтаром Аблязовым и освободили под давлением из-за рубежа. Живёт в Варшаве и имеет статус беженца в Польше.",
    },
    confidentiality: "public",
    articles: [PARIS, KYIV],
  },
  {
    slug: "tatiana-paraskevich",
    name: "Tatiana Paraskevich",
    variants: [ru("Татьяна Параскевич")],
    birth: null,
    nationalities: [],
    roles: [],
    status: "in_exile",
    bio: {
      en: "One of the people close to Mukhtar Ablyazov who have sought safety in Europe. The Czech Republic recognised her as a refugee, and the Open Dialog Foundation has spoken out about her case.",
      ru: "Она из числа близких к Мухтару Аблязову людей, нашедших защиту в Европе. Чехия признала её беженкой, а Фонд «Открытый диалог» выступал с заявлениями по её делу.",
    },
    confidentiality: "public",
    articles: [PARIS, STRASBOURG],
  },
  {
    slug: "alexander-pavlov",
    name: "Alexander Pavlov",
    variants: [ru("Александр Павлов")],
    birth: null,
    nationalities: [],
    roles: ["security_chief"],
    status: "in_exile",
    bio: {
      en: "Formerly in charge of Mukhtar Ablyazov's security. He found protection in Spain, which granted him refugee status.",
      ru: "Бывший руководитель службы безопасности Мухтара Аблязова. Нашёл защиту в Испании, которая предоставила ему статус беженца.",
    },
    confidentiality: "public",
    articles: [PARIS, KYIV],
  },
  {
    slug: "alma-shalabayeva",
    name: "Alma Shalabayeva",
    variants: [ru("Алма Шалабаева")],
    birth: null,
    nationalities: ["KZ"],
    roles: ["family_member"],
    status: "in_exile",
    bio: {
      en: "Wife of Mukhtar Ablyazov. Italy unlawfully deported her and her daughter Alua to Kazakhstan on 31 May 2013; after a European outcry both were brought back, and Italy has since recognised her as a refugee.",
      ru: "Супруга Мухтара Аблязова. 31 мая 2013 года Италия незаконно выслала её вместе с дочерью Алуа в Казахстан; после протестов в Европе обеих вернули, и теперь у неё статус беженца в Италии.",
    },
    confidentiality: "public",
    articles: [PARIS, KYIV],
  },
  {
    slug: "alua-ablyazova",
    name: "Alua Ablyazova",
    variants: [ru("Алуа Аблязова")],
    birth: null,
    nationalities: ["KZ"],
    roles: ["family_member"],
    status: "in_exile",
    bio: {
      en: "Daughter of Mukhtar Ablyazov and Alma Shalabayeva. She was removed from Italy to Kazakhstan with her mother in May 2013 in breach of Italian and international law, and later returned to Italy.",
      ru: "Дочь Мухтара Аблязова и Алмы Шалабаевой. В мае 2013 года её вместе с матерью в нарушение итальянского и международного права вывезли из Италии в Казахстан; позднее они вернулись в Италию.",
    },
    confidentiality: "public",
    articles: [KYIV],
  },
  {
    slug: "artur-trofimov",
    name: "Artur Trofimov",
    variants: [ru("Артур Трофимов")],
    birth: null,
    nationalities: [],
    roles: [],
    status: "in_exile",
    bio: {
      en: "Associate of Mukhtar Ablyazov wanted by Russia. Austria declined to extradite him, placed him under its diplomatic protection and recognised him as a refugee.",
      ru: "Соратник Мухтара Аблязова, выдачи которого добивалась Россия. Австрия отказала в экстрадиции, взяла его под дипломатическую защиту и признала беженцем.",
    },
    confidentiality: "public",
    articles: [PARIS, KYIV, EXPLAINER],
  },
  {
    slug: "kuanysh-nurgaziyev",
    name: "Kuanysh Nurgaziyev",
    variants: [ru("Куаныш Нургазиев")],
    birth: null,
    nationalities: [],
    roles: [],
    status: "in_exile",
    bio: {
      en: "One of several people linked to Mukhtar Ablyazov who found protection in Lithuania, where he was granted refugee status.",
      ru: "Один из людей, связанных с Мухтаром Аблязовым, которые нашли защиту в Литве: там ему предоставили статус беженца.",
    },
    confidentiality: "public",
    articles: [PARIS],
  },
  {
    slug: "syrym-shalabayev",
    name: "Syrym Shalabayev",
    variants: [ru("Сырым Шалабаев")],
    birth: null,
    nationalities: [],
    roles: [],
    status: "in_exile",
    bio: {
      en: "Belongs to the circle of Mukhtar Ablyazov's former colleagues and relatives against whom Kazakhstan, Russia and Ukraine have brought charges. Lithuania granted him refugee status.",
      ru: "Входит в круг бывших соратников и родственников Мухтара Аблязова, которым Казахстан, Россия и Украина предъявили обвинения. Литва предоставила ему статус беженца.",
    },
    confidentiality: "public",
    articles: [PARIS],
  },
  {
    slug: "igor-kononko",
    name: "Igor Kononko",
    variants: [ru("Игорь Кононко")],
    birth: null,
    nationalities: [],
    roles: [],
    status: "in_exile",
    bio: {
      en: "One of the people associated with Mukhtar Ablyazov who obtained protection abroad. The United Kingdom recognised him as a refugee.",
      ru: "Один из связанных с Мухтаром Аблязовым людей, получивших защиту за рубежом. Великобритания признала его беженцем.",
    },
    confidentiality: "public",
    articles: [PARIS],
  },
  {
    slug: "karlygash-ablyazova",
    name: "Karlygash Ablyazova",
    variants: [ru("Карлыгаш Аблязова")],
    birth: null,
    nationalities: [],
    roles: [],
    status: "in_exile",
    bio: {
      en: "Named among those linked to Mukhtar Ablyazov who were given protection outside Kazakhstan: she has refugee status in the United States.",
      ru: "Названа среди связанных с Мухтаром Аблязовым людей, получивших защиту за пределами Казахстана: в США у неё статус беженца.",
    },
    confidentiality: "public",
    articles: [PARIS],
  },
  {
    slug: "madina-ablyazova",
    name: "Madina Ablyazova",
    variants: [ru("Мадина Аблязова"), latin("Madina Ablazowa", "pl")],
    birth: null,
    nationalities: ["KZ"],
    roles: ["family_member"],
    status: "free",
    bio: {
      en: "Daughter of Mukhtar Ablyazov. In February 2017 she accompanied her father and the Open Dialog Foundation to meetings with committee chairs of the European Parliament in Strasbourg.",
      ru: "Дочь Мухтара Аблязова. В феврале 2017 года вместе с отцом и Фондом «Открытый диалог» встречалась в Страсбурге с руководителями комитетов Европейского парламента.",
    },
    confidentiality: "public",
    articles: [STRASBOURG],
  },
  {
    slug: "bolat-atabayev",
    name: "Bolat Atabayev",
    variants: [ru("Болат Атабаев")],
    birth: null,
    nationalities: ["KZ"],
    roles: ["activist"],
    status: "in_exile",
    bio: {
      en: "Kazakh opposition activist persecuted for his political links to Mukhtar Ablyazov. Released thanks to international pressure, he now lives in France.",
      ru: "Казахстанский оппозиционный активист, преследуемый за политическую связь с Мухтаром Аблязовым. Освобождён благодаря международному давлению и теперь живёт во Франции.",
    },
    confidentiality: "public",
    articles: [KYIV],
  },
  {
    slug: "vladimir-kozlov",
    name: "Vladimir Kozlov",
    variants: [ru("Владимир Козлов")],
    birth: null,
    nationalities: ["KZ"],
    roles: ["opposition_politician"],
    status: "detained",
    bio: {
      en: "Leader of the Kazakh opposition party Alga!. As of May 2015 he remained behind bars in Kazakhstan.",
      ru: "Лидер казахстанской оппозиционной партии «Алга!». По состоянию на май 2015 года оставался в заключении в Казахстане.",
    },
    confidentiality: "public",
    articles: [KYIV],
  },
  {
    slug: "mukhtar-dzhakishev",
    name: "Mukhtar Dzhakishev",
    variants: [ru("Мухтар Джакишев")],
    birth: null,
    nationalities: ["KZ"],
    roles: [],
    status: "detained",
    bio: {
      en: "Counted by human-rights defenders among Kazakhstan's political prisoners. In May 2015 he was still imprisoned in Kazakhstan.",
      ru: "Правозащитники относят его к политическим заключённым Казахстана. В мае 2015 года он всё ещё находился в казахстанской тюрьме.",
    },
    confidentiality: "public",
    articles: [KYIV],
  },
  {
    // Internal: the public site must never show this person or anything about them.
    slug: "confidential-source-kappa",
    name: "Confidential Source Kappa",
    variants: [ru("Конфиденциальный источник")],
    birth: null,
    nationalities: [],
    roles: [],
    status: "unknown",
    bio: {
      en: "Placeholder for a witness whose identity the newsroom protects. Known to the editors only.",
      ru: "Условное обозначение свидетеля, личность которого редакция не раскрывает. Известен только редакторам.",
    },
    confidentiality: "internal",
    internalNotes: {
      currentLocation: "INTERNAL-LOCATION-Almaty-safehouse-7",
      contactNotes: "INTERNAL-CONTACT-via-Signal-only",
      riskAssessment: "INTERNAL-RISK-high",
    },
    articles: [],
  },
];

// ---------------------------------------------------------------------------------------------
// Cases

export const seedCases: SeedCase[] = [
  {
    slug: "ablyazov-extradition-france",
    title: {
      en: "Extradition of Mukhtar Ablyazov from France",
      ru: "Экстрадиция Мухтара Аблязова из Франции",
    },
    kind: "extradition_request",
    requestingStates: ["RU", "UA"],
    onBehalfOf: ["KZ"],
    venueState: "FR",
    status: "closed",
    outcome: "extradition_refused",
    timeline: [
      {
        date: "2013",
        kind: "extradition_request",
        description: {
          en: "Russia and Ukraine, acting at Kazakhstan's request, ask France to surrender him.",
          ru: "Россия и Украина по просьбе Казахстана требуют от Франции его выдачи.",
        },
      },
      {
        date: "2013-07-31",
        kind: "arrest",
        description: {
          en: "He is arrested in France and held pending extradition.",
          ru: "Его арестовывают во Франции и помещают под экстрадиционный арест.",
        },
      },
      {
        date: "2015-05-22",
        kind: "advocacy",
        description: {
          en: "Human-rights defenders in Kyiv mark his birthday while he is still in a French prison and urge France not to extradite him.",
          ru: "Правозащитники в Киеве отмечают его день рождения, пока он остаётся во французской тюрьме, и призывают Францию не выдавать его.",
        },
      },
      {
        date: "2016-12",
        kind: "court_decision",
        description: {
          en: "The Conseil d'État rules that he may be surrendered neither to Russia nor to Ukraine.",
          ru: "Государственный совет Франции постановляет, что его нельзя выдать ни России, ни Украине.",
        },
      },
      {
        date: "2016-12",
        kind: "release",
        description: {
          en: "He leaves the French detention facility a free man.",
          ru: "Он выходит на свободу из французского места заключения.",
        },
      },
    ],
    participants: [{ person: "mukhtar-ablyazov", role: "subject" }],
    articles: [PARIS, KYIV, STRASBOURG, EXPLAINER],
  },
  {
    slug: "shalabayeva-deportation-italy",
    title: {
      en: "Deportation of Alma Shalabayeva and Alua Ablyazova from Italy",
      ru: "Депортация Алмы Шалабаевой и Алуа Аблязовой из Италии",
    },
    kind: "deportation",
    requestingStates: [],
    onBehalfOf: ["KZ"],
    venueState: "IT",
    status: "closed",
    outcome: "returned",
    timeline: [
      {
        date: "2013-05-31",
        kind: "deportation",
        description: {
          en: "Alma Shalabayeva and her daughter Alua Ablyazova are deported from Italy to Kazakhstan, in breach of Italian and international law.",
          ru: "Алму Шалабаеву и её дочь Алуа Аблязову в нарушение итальянского и международного права высылают из Италии в Казахстан.",
        },
      },
      {
        date: "2013",
        kind: "return",
        description: {
          en: "After pressure from across Europe, mother and daughter are brought back to Italy.",
          ru: "После давления со стороны европейской общественности мать и дочь возвращают в Италию.",
        },
      },
    ],
    participants: [
      { person: "alma-shalabayeva", role: "subject" },
      { person: "alua-ablyazova", role: "family_member" },
    ],
    articles: [KYIV],
  },
  {
    slug: "trofimov-extradition-austria",
    title: {
      en: "Russian extradition request for Artur Trofimov in Austria",
      ru: "Запрос России об экстрадиции Артура Трофимова из Австрии",
    },
    kind: "extradition_request",
    requestingStates: ["RU"],
    onBehalfOf: [],
    venueState: "AT",
    status: "closed",
    outcome: "extradition_refused",
    timeline: [
      {
        // The exact date of the refusal is not known; the May 2015 report is the earliest source.
        date: "2015",
        kind: "extradition_refusal",
        description: {
          en: "Reported by May 2015: Austria has refused to extradite him to Russia and has offered him diplomatic protection.",
          ru: "По сообщению от мая 2015 года, Австрия отказалась выдать его России и предложила ему дипломатическую защиту.",
        },
      },
    ],
    participants: [{ person: "artur-trofimov", role: "subject" }],
    articles: [KYIV, EXPLAINER],
  },
];

// ---------------------------------------------------------------------------------------------
// Protections (no dates unless the sources give one)

const refugee = (person: string, grantingState: string, sourceArticle: string | null = PARIS): SeedProtection => ({
  person,
  type: "refugee_status",
  grantingState,
  date: null,
  status: "granted",
  sourceArticle,
});

export const seedProtections: SeedProtection[] = [
  refugee("muratbek-ketebayev", "PL"),
  refugee("igor-vinyavski", "PL"),
  refugee("tatiana-paraskevich", "CZ"),
  refugee("alexander-pavlov", "ES"),
  refugee("alma-shalabayeva", "IT"),
  refugee("artur-trofimov", "AT"),
  { person: "artur-trofimov", type: "diplomatic_protection", grantingState: "AT", date: null, status: "granted", sourceArticle: KYIV },
  refugee("kuanysh-nurgaziyev", "LT"),
  refugee("syrym-shalabayev", "LT"),
  refugee("igor-kononko", "GB"),
  refugee("karlygash-ablyazova", "US"),
  { person: "mukhtar-ablyazov", type: "extradition_refusal", grantingState: "FR", date: "2016-12", status: "granted", sourceArticle: PARIS },
];

// ---------------------------------------------------------------------------------------------
// Relationships: what `related` is to `person`. Only what the sources support.

export const seedRelationships: SeedRelationship[] = [
  { person: "mukhtar-ablyazov", related: "alma-shalabayeva", kind: "spouse" },
  { person: "mukhtar-ablyazov", related: "alua-ablyazova", kind: "child" },
  { person: "alma-shalabayeva", related: "alua-ablyazova", kind: "child" },
  { person: "mukhtar-ablyazov", related: "madina-ablyazova", kind: "child" },
];

// ---------------------------------------------------------------------------------------------
// Organisations the demo articles cite

export const seedOrganisations: SeedOrganisation[] = [
  { slug: "open-dialog-foundation", name: "Open Dialog Foundation", kind: "ngo", country: "PL", website: "https://en.odfoundation.eu" },
  { slug: "amnesty-international", name: "Amnesty International", kind: "ngo", country: null, website: "https://www.amnesty.org" },
  { slug: "human-rights-watch", name: "Human Rights Watch", kind: "ngo", country: "US", website: "https://www.hrw.org" },
  { slug: "committee-to-protect-journalists", name: "Committee to Protect Journalists", kind: "ngo", country: "US", website: "https://cpj.org" },
  { slug: "freedom-house", name: "Freedom House", kind: "ngo", country: "US", website: "https://freedomhouse.org" },
  { slug: "reporters-without-borders", name: "Reporters Without Borders", kind: "ngo", country: "FR", website: "https://rsf.org" },
  { slug: "european-parliament", name: "European Parliament", kind: "parliament", country: null, website: "https://www.europarl.europa.eu" },
  { slug: "council-of-europe", name: "Council of Europe", kind: "international_body", country: null, website: "https://www.coe.int" },
  { slug: "conseil-d-etat", name: "Conseil d'État", kind: "court", country: "FR", website: "https://www.conseil-etat.fr" },
];
