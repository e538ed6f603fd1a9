// Demo media: pictures and a video drawn here at seed time (nothing is downloaded) and stored through
// the media library's upload, so they are stripped, get their web copies and are served like any upload.
import { type Actor, updateMediaMetadata, uploadMedia } from "@rightsdesk/db/editor";
import { type LocalizedMediaText } from "@rightsdesk/domain";
import sharp from "sharp";
import { rgbToYuv, slideshowMp4 } from "./demo-video";

const CREDIT = "RightsDesk demo illustration";

type Card = { title: string; lines: string[]; from: string; to: string };
type DemoImage = { kind: "image"; card: Card; alt: LocalizedMediaText; caption: LocalizedMediaText };
type DemoVideo = { kind: "video"; cards: Card[]; caption: LocalizedMediaText; transcript: LocalizedMediaText };

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] ?? c);

/** A card: a diagonal gradient, two soft circles and the text, as an SVG that sharp draws. */
function cardSvg(card: Card, width: number, height: number): Buffer {
  const size = Math.round(height / 14);
  const lines = card.lines.map((line, i) => `<text x="${size * 1.5}" y="${size * (4.6 + i * 1.45)}" font-size="${size}">${escapeXml(line)}</text>`);
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${card.from}"/><stop offset="1" stop-color="${card.to}"/></linearGradient></defs>
  <rect width="${width}" height="${height}" fill="url(#g)"/>
  <circle cx="${width * 0.86}" cy="${height * 0.2}" r="${height * 0.16}" fill="#ffffff" opacity="0.18"/>
  <circle cx="${width * 0.93}" cy="${height * 0.85}" r="${height * 0.32}" fill="#000000" opacity="0.12"/>
  <g font-family="DejaVu Sans, Helvetica, Arial, sans-serif" fill="#ffffff">
    <text x="${size * 1.5}" y="${size * 2.6}" font-size="${size * 1.5}" font-weight="bold">${escapeXml(card.title)}</text>
    ${lines.join("\n    ")}
  </g>
</svg>`);
}

const IMAGE = { width: 1600, height: 900 };
// Sides in whole 16-pixel blocks, as the video's frames need.
const VIDEO = { width: 448, height: 256 };

async function imageFile(card: Card): Promise<Uint8Array> {
  return sharp(cardSvg(card, IMAGE.width, IMAGE.height)).jpeg({ quality: 85 }).toBuffer();
}

async function videoFile(cards: Card[]): Promise<Uint8Array> {
  const pictures = await Promise.all(
    cards.map(async (card) => {
      const { data, info } = await sharp(cardSvg(card, VIDEO.width, VIDEO.height)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      return rgbToYuv(data, info.width, info.height);
    }),
  );
  return slideshowMp4(pictures, 6);
}

// ---------------------------------------------------------------------------------------------

const strasbourgCard = (title: string, lines: string[]): Card => ({ title, lines, from: "#1e3a8a", to: "#0f766e" });

export const demoMedia = {
  parisMeeting: {
    kind: "image",
    card: { title: "Paris, 8 January 2017", lines: ["Open Dialog Foundation", "meets Mukhtar Ablyazov"], from: "#312e81", to: "#9f1239" },
    alt: {
      en: "A card shading from indigo to crimson with the words “Paris, 8 January 2017. Open Dialog Foundation meets Mukhtar Ablyazov”.",
      ru: "Карточка с переходом от тёмно-синего к малиновому и надписью «Paris, 8 January 2017. Open Dialog Foundation meets Mukhtar Ablyazov».",
    },
    caption: {
      en: "The first meeting after his release, weeks after the Conseil d'État ruling. Illustration made for the demo.",
      ru: "Первая встреча после его освобождения, через несколько недель после решения Государственного совета. Иллюстрация для демонстрации.",
    },
  },
  strasbourgPlenary: {
    kind: "image",
    card: strasbourgCard("Strasbourg, 14–16 February 2017", ["European Parliament plenary session"]),
    alt: {
      en: "A blue-green card with the words “Strasbourg, 14–16 February 2017. European Parliament plenary session”.",
      pl: "Niebiesko-zielona karta z napisem „Strasbourg, 14–16 February 2017. European Parliament plenary session”.",
    },
    caption: {
      en: "The delegation came during the plenary week. Illustration made for the demo.",
      pl: "Delegacja przyjechała w tygodniu sesji plenarnej. Ilustracja przygotowana na potrzeby demonstracji.",
    },
  },
  strasbourgBreakfast: {
    kind: "image",
    card: strasbourgCard("Breakfast with S&D members", ["Marju Lauristin, Mady Delvaux", "and Julie Ward"]),
    alt: {
      en: "A blue-green card with the words “Breakfast with S&D members: Marju Lauristin, Mady Delvaux and Julie Ward”.",
      pl: "Niebiesko-zielona karta z napisem „Breakfast with S&D members: Marju Lauristin, Mady Delvaux and Julie Ward”.",
    },
    caption: {
      en: "Three S&D members hosted the delegation at breakfast. Illustration made for the demo.",
      pl: "Trzy posłanki S&D podjęły delegację śniadaniem. Ilustracja przygotowana na potrzeby demonstracji.",
    },
  },
  strasbourgChairs: {
    kind: "image",
    card: strasbourgCard("Committee chairs", ["Human rights · Security and defence", "Legal affairs · Foreign affairs"]),
    alt: {
      en: "A blue-green card with the words “Committee chairs: human rights, security and defence, legal affairs, foreign affairs”.",
      pl: "Niebiesko-zielona karta z napisem „Committee chairs: human rights, security and defence, legal affairs, foreign affairs”.",
    },
    caption: {
      en: "Mukhtar Ablyazov and his daughter Madina joined the meetings with committee chairs. Illustration made for the demo.",
      pl: "Muchtar Ablazow i jego córka Madina wzięli udział w spotkaniach z przewodniczącymi komisji. Ilustracja przygotowana na potrzeby demonstracji.",
    },
  },
  kyivGreeting: {
    kind: "video",
    // The words on the cards are the transcript's, shortened; the transcript gives them in full.
    cards: [
      { title: "Kyiv, May 2015", lines: ["Birthday wishes to Mukhtar Ablyazov,", "held in France"], from: "#1d4ed8", to: "#ca8a04" },
      { title: "Freed after pressure", lines: ["Bolat Atabayev · Igor Vinyavski", "Muratbek Ketebayev"], from: "#1d4ed8", to: "#0f766e" },
      { title: "Brought back to Italy", lines: ["Alma Shalabayeva and Alua Ablyazova,", "deported on 31 May 2013"], from: "#1d4ed8", to: "#0f766e" },
      { title: "Still in prison", lines: ["Vladimir Kozlov (Alga!)", "Mukhtar Dzhakishev"], from: "#1d4ed8", to: "#9f1239" },
      { title: "Happy birthday!", lines: ["Next year at home,", "with your family"], from: "#1d4ed8", to: "#ca8a04" },
    ],
    caption: {
      en: "The greeting recorded in Kyiv, as title cards without sound. A stand-in made for the demo.",
      uk: "Привітання, записане в Києві, у вигляді титрів без звуку. Замінник, створений для демонстрації.",
    },
    transcript: {
      en: [
        "Kyiv, May 2015. Ukrainian human-rights defenders send birthday wishes to Mukhtar Ablyazov, who is held in France while Russia and Ukraine seek his extradition.",
        "In Kazakhstan, political ties to Ablyazov are enough to be persecuted. Pressure from abroad has freed some: Bolat Atabayev now lives in France, Igor Vinyavski in Warsaw, and Muratbek Ketebayev has refugee status in Poland.",
        "On 31 May 2013 Italy deported Alma Shalabayeva and Alua Ablyazova to Kazakhstan, against Italian and international law. After a European outcry they were brought back to Italy. Austria would not hand Artur Trofimov to Russia and protects him; Alexander Pavlov, once in charge of Ablyazov's security, is a recognised refugee.",
        "Vladimir Kozlov, who leads the Alga! party, and Mukhtar Dzhakishev are still in prison in Kazakhstan. Ablyazov himself is detained in France on requests that Russia and Ukraine filed in the Yanukovych years.",
        "Happy birthday, Mukhtar. We admire your stand and wish you the strength to go on. Ukrainian defenders will keep working for your freedom and for other Kazakh dissidents. May you spend your next birthday free, with your family.",
      ].join("\n\n"),
      uk: [
        "Київ, травень 2015 року. Українські правозахисники вітають з днем народження Мухтара Аблязова, якого тримають у Франції, поки Росія та Україна домагаються його екстрадиції.",
        "У Казахстані політичного зв'язку з Аблязовим досить, щоб зазнати переслідувань. Тиск з-за кордону вже звільнив декого: Болат Атабаєв живе у Франції, Ігор Винявський — у Варшаві, а Муратбек Кетебаєв має статус біженця в Польщі.",
        "31 травня 2013 року Італія депортувала Алму Шалабаєву та Алуа Аблязову до Казахстану всупереч італійському та міжнародному праву. Після протестів у Європі їх повернули до Італії. Австрія не видала Артура Трофимова Росії та захищає його; Олександр Павлов, колишній керівник охорони Аблязова, визнаний біженцем.",
        "Володимир Козлов, лідер партії «Алга!», і Мухтар Джакішев досі у в'язниці в Казахстані. Сам Аблязов під вартою у Франції за запитами, які Росія та Україна подали за часів Януковича.",
        "З днем народження, Мухтаре! Ми захоплюємося вашою позицією і бажаємо сил іти далі. Українські правозахисники й надалі боротимуться за вашу свободу та свободу інших казахських опозиціонерів. Нехай наступний день народження ви зустрінете на волі, з родиною.",
      ].join("\n\n"),
    },
  },
} satisfies Record<string, DemoImage | DemoVideo>;

export type DemoMediaKey = keyof typeof demoMedia;

/** Makes one demo asset and describes it, as an editor would in the media library; returns its id. */
export async function createDemoMedia(key: DemoMediaKey, actor: Actor): Promise<string> {
  const media: DemoImage | DemoVideo = demoMedia[key];
  const data = media.kind === "image" ? await imageFile(media.card) : await videoFile(media.cards);
  const { id } = await uploadMedia({ data, credit: CREDIT }, actor);
  const texts = media.kind === "image" ? { alt: media.alt, caption: media.caption } : { caption: media.caption, transcript: media.transcript };
  await updateMediaMetadata(id, texts, actor);
  return id;
}
