/*
 * Names for the benchmarks' registry, each with its Cyrillic spelling: 50 given names × 100 surnames give 5,000
 * different people whose names look and search like a real registry's (a Kazakh or Russian name, a shared given
 * name or surname), rather than numbered placeholders whose long unique strings no index sees in practice.
 */

const GIVEN: readonly Spellings[] = [
  ["Mukhtar", "Мухтар"], ["Aigul", "Айгуль"], ["Nurlan", "Нурлан"], ["Botagoz", "Ботагоз"], ["Yerlan", "Ерлан"],
  ["Zhanna", "Жанна"], ["Askar", "Аскар"], ["Dinara", "Динара"], ["Bolat", "Болат"], ["Gulnara", "Гульнара"],
  ["Timur", "Тимур"], ["Saule", "Сауле"], ["Marat", "Марат"], ["Aliya", "Алия"], ["Serik", "Серик"],
  ["Madina", "Мадина"], ["Daniyar", "Данияр"], ["Aizhan", "Айжан"], ["Kairat", "Кайрат"], ["Asel", "Асель"],
  ["Rustam", "Рустам"], ["Zarina", "Зарина"], ["Arman", "Арман"], ["Lyazzat", "Ляззат"], ["Ruslan", "Руслан"],
  ["Karlygash", "Карлыгаш"], ["Azamat", "Азамат"], ["Gaukhar", "Гаухар"], ["Yerzhan", "Ержан"], ["Aida", "Аида"],
  ["Dauren", "Даурен"], ["Kamila", "Камила"], ["Nursultan", "Нурсултан"], ["Assem", "Асем"], ["Bakhyt", "Бахыт"],
  ["Indira", "Индира"], ["Zhanibek", "Жанибек"], ["Meruert", "Меруерт"], ["Talgat", "Талгат"], ["Ainur", "Айнур"],
  ["Olzhas", "Олжас"], ["Dana", "Дана"], ["Yerbol", "Ербол"], ["Akmaral", "Акмарал"], ["Sanzhar", "Санжар"],
  ["Moldir", "Молдир"], ["Almas", "Алмас"], ["Tomiris", "Томирис"], ["Iskander", "Искандер"], ["Elmira", "Эльмира"],
];

const SURNAMES: readonly Spellings[] = [
  ["Abenov", "Абенов"], ["Akhmetov", "Ахметов"], ["Baimukhanov", "Баймуханов"], ["Bekov", "Беков"], ["Dosanov", "Досанов"],
  ["Ermekov", "Ермеков"], ["Zhumabayev", "Жумабаев"], ["Iskakov", "Искаков"], ["Kaliyev", "Калиев"], ["Kuanyshev", "Куанышев"],
  ["Mamyrov", "Мамыров"], ["Nurgaliyev", "Нургалиев"], ["Omarov", "Омаров"], ["Rakhimov", "Рахимов"], ["Sadykov", "Садыков"],
  ["Tokhtarov", "Тохтаров"], ["Utepov", "Утепов"], ["Khasanov", "Хасанов"], ["Shakenov", "Шакенов"], ["Yesenov", "Есенов"],
  ["Abdrakhmanov", "Абдрахманов"], ["Aliyev", "Алиев"], ["Amanov", "Аманов"], ["Baitursynov", "Байтурсынов"], ["Bekmukhambetov", "Бекмухамбетов"],
  ["Dauletov", "Даулетов"], ["Dzhaksybekov", "Джаксыбеков"], ["Yergaliyev", "Ергалиев"], ["Zhakupov", "Жакупов"], ["Zhunusov", "Жунусов"],
  ["Ibrayev", "Ибраев"], ["Ismailov", "Исмаилов"], ["Kasymov", "Касымов"], ["Kenzhebekov", "Кенжебеков"], ["Kozhakhmetov", "Кожахметов"],
  ["Kulibayev", "Кулибаев"], ["Kurmanov", "Курманов"], ["Mukanov", "Муканов"], ["Mussin", "Мусин"], ["Nazarbekov", "Назарбеков"],
  ["Nurpeisov", "Нурпеисов"], ["Ospanov", "Оспанов"], ["Rysbekov", "Рысбеков"], ["Sarsenov", "Сарсенов"], ["Seitkaliyev", "Сейткалиев"],
  ["Smagulov", "Смагулов"], ["Suleimenov", "Сулейменов"], ["Tasmagambetov", "Тасмагамбетов"], ["Temirov", "Темиров"], ["Tulegenov", "Тулегенов"],
  ["Umarov", "Умаров"], ["Usenov", "Усенов"], ["Khamitov", "Хамитов"], ["Shaimerdenov", "Шаймерденов"], ["Yessimov", "Есимов"],
  ["Abishev", "Абишев"], ["Adilov", "Адилов"], ["Auezov", "Ауэзов"], ["Baizhanov", "Байжанов"], ["Batyrov", "Батыров"],
  ["Dzhumagulov", "Джумагулов"], ["Yeleusizov", "Елеусизов"], ["Zhanuzakov", "Жанузаков"], ["Zholdasbekov", "Жолдасбеков"], ["Izbasarov", "Избасаров"],
  ["Kadyrov", "Кадыров"], ["Karimov", "Каримов"], ["Kemelbekov", "Кемелбеков"], ["Kudaibergenov", "Кудайбергенов"], ["Kunayev", "Кунаев"],
  ["Makhmetov", "Махметов"], ["Mendybayev", "Мендыбаев"], ["Myrzakhmetov", "Мырзахметов"], ["Nabiyev", "Набиев"], ["Ormanov", "Орманов"],
  ["Ryskulov", "Рыскулов"], ["Sagintayev", "Сагинтаев"], ["Salimov", "Салимов"], ["Sultanov", "Султанов"], ["Tazhibayev", "Тажибаев"],
  ["Tleuberdin", "Тлеубердин"], ["Turysbekov", "Турысбеков"], ["Uali", "Уали"], ["Khairullin", "Хайруллин"], ["Shayakhmetov", "Шаяхметов"],
  ["Yunusov", "Юнусов"], ["Yusupov", "Юсупов"], ["Alimbetov", "Алимбетов"], ["Beisenov", "Бейсенов"], ["Dzhanibekov", "Джанибеков"],
  ["Yerzhanov", "Ержанов"], ["Zhienbayev", "Жиенбаев"], ["Isayev", "Исаев"], ["Kalmyrzayev", "Калмырзаев"], ["Kaparov", "Капаров"],
  ["Kuatov", "Куатов"], ["Maulenov", "Мауленов"], ["Nurkenov", "Нуркенов"], ["Orazbayev", "Оразбаев"], ["Satpayev", "Сатпаев"],
];

type Spellings = readonly [latin: string, cyrillic: string];
const SCRIPT = { latin: 0, cyrillic: 1 } as const;

const sqlArray = (texts: readonly string[]) => `ARRAY[${texts.map((text) => `'${text}'`).join(",")}]`;

function pairAt(pool: readonly Spellings[], index: number): Spellings {
  const pair = pool[index % pool.length];
  if (!pair) throw new Error(`No name at ${index}`);
  return pair;
}

/** The Cyrillic name of benchmark person `g` (from 1), as scaleNameSql writes it: a query that finds one person. */
export function scalePersonCyrillic(g: number): string {
  const i = g - 1;
  const name = `${pairAt(GIVEN, i)[SCRIPT.cyrillic]} ${pairAt(SURNAMES, Math.floor(i / GIVEN.length))[SCRIPT.cyrillic]}`;
  return g > GIVEN.length * SURNAMES.length ? `${name} ${g}` : name;
}

/** The same names as an SQL expression of `g` (an integer column). */
export function scaleNameSql(g: string, script: keyof typeof SCRIPT): string {
  const pick = (pool: readonly Spellings[], index: string) => `(${sqlArray(pool.map((pair) => pair[SCRIPT[script]]))})[1 + (${index}) % ${pool.length}]`;
  const count = GIVEN.length * SURNAMES.length;
  return `${pick(GIVEN, `(${g} - 1)`)} || ' ' || ${pick(SURNAMES, `(${g} - 1) / ${GIVEN.length}`)} || CASE WHEN ${g} > ${count} THEN ' ' || ${g} ELSE '' END`;
}
