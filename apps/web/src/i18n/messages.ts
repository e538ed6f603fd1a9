import { type Locale } from "@rightsdesk/domain";

/** Every string the public site shows around the articles. `{name}` marks a value filled in by `interpolate`. */
export type Messages = {
  skipToContent: string;
  siteDescription: string;
  languages: string;
  latestNews: string;
  noArticles: string;
  readInOtherLanguage: string;
  noTaggedArticles: string;
  tagDescription: string;
  tags: string;
  alsoAvailableIn: string;
  /** Stands in for a mention of a record the public may not see (internal, or since deleted). */
  mentionWithheld: string;
  /** Media in an article: the heading of a video's transcript, the name of a gallery for screen readers. */
  transcript: string;
  gallery: string;
  // Around an article's body: its table of contents and the sources of the statements it quotes.
  contents: string;
  sources: string;
  backToStatement: string;
  pagination: string;
  previousPage: string;
  nextPage: string;
  pageOf: string;
  notFoundTitle: string;
  notFoundText: string;
  backToHome: string;
  footer: string;
  // The registry's public pages.
  mainNavigation: string;
  protections: string;
  protectionsDescription: string;
  filterState: string;
  filterType: string;
  allStates: string;
  allTypes: string;
  filter: string;
  noProtections: string;
  showAllProtections: string;
  chartTitle: string;
  person: string;
  type: string;
  grantingState: string;
  year: string;
  date: string;
  status: string;
  source: string;
  otherNames: string;
  birthYear: string;
  nationality: string;
  biography: string;
  notTranslated: string;
  cases: string;
  role: string;
  timeline: string;
  relations: string;
  inTheNews: string;
  personDescription: string;
  caseKind: string;
  requestingStates: string;
  onBehalfOf: string;
  venueState: string;
  outcome: string;
  participants: string;
  caseDescription: string;
  // An article shown in another language, or a translation older than its original.
  articleNotTranslated: string;
  translationOutdated: string;
  readOriginal: string;
  // The search page and the search box in the header.
  search: string;
  searchLabel: string;
  searchSubmit: string;
  searchResultsFor: string;
  searchNothingFound: string;
  searchPrompt: string;
  searchType: string;
  searchTypeAll: string;
  searchTypeArticles: string;
  searchTypePeople: string;
  searchTypeCases: string;
  searchTypeOrganisations: string;
  searchCountry: string;
  searchTopic: string;
  searchYear: string;
  searchAny: string;
  searchArticleCount: string;
  share: string;
  shareByEmail: string;
};

const en: Messages = {
  skipToContent: "Skip to content",
  siteDescription: "News about people at risk: arrests, extradition and refugee protection.",
  languages: "Languages",
  latestNews: "Latest news",
  noArticles: "No articles published in this language yet.",
  readInOtherLanguage: "Read the news in another language:",
  noTaggedArticles: "No articles with this tag in this language yet.",
  tagDescription: "Articles tagged “{tag}”",
  tags: "Tags",
  alsoAvailableIn: "Also available in",
  mentionWithheld: "[name withheld]",
  transcript: "Transcript",
  gallery: "Gallery",
  contents: "Contents",
  sources: "Sources",
  backToStatement: "Back to the statement",
  pagination: "Pages",
  previousPage: "Previous",
  nextPage: "Next",
  pageOf: "Page {page} of {count}",
  notFoundTitle: "Page not found",
  notFoundText: "This page does not exist, or the article is not published in this language.",
  backToHome: "Go to the latest news",
  footer: "Published with RightsDesk, an open-source system for human-rights newsrooms.",
  mainNavigation: "Site sections",
  protections: "Protections",
  protectionsDescription: "Refugee status, asylum and other protection that states granted or refused to people at risk.",
  filterState: "Granting state",
  filterType: "Type of protection",
  allStates: "All states",
  allTypes: "All types",
  filter: "Filter",
  noProtections: "No protections match this filter.",
  showAllProtections: "Show all protections",
  chartTitle: "Protections by granting state",
  person: "Person",
  type: "Type",
  grantingState: "Granting state",
  year: "Year",
  date: "Date",
  status: "Status",
  source: "Source",
  otherNames: "Other names",
  birthYear: "Year of birth",
  nationality: "Nationality",
  biography: "Biography",
  notTranslated: "Not yet available in this language; shown in English.",
  cases: "Cases",
  role: "Role",
  timeline: "Timeline",
  relations: "Relatives and colleagues",
  inTheNews: "In the news",
  personDescription: "{name}: protections, cases and news.",
  caseKind: "Kind of case",
  requestingStates: "Requesting states",
  onBehalfOf: "On behalf of",
  venueState: "Decided in",
  outcome: "Outcome",
  participants: "People in this case",
  caseDescription: "{title}: timeline, people and news.",
  articleNotTranslated: "This article is not yet available in English; here it is in {language}.",
  translationOutdated: "The original was updated on {date}; this translation may not include the latest changes.",
  readOriginal: "Read the original",
  search: "Search",
  searchLabel: "Search articles, people and cases",
  searchSubmit: "Search",
  searchResultsFor: "Results for “{query}”",
  searchNothingFound: "Nothing found for “{query}”. Try another spelling, fewer words, or no filters.",
  searchPrompt: "Type a name, a place or a word: names are found in any spelling or script.",
  searchType: "What",
  searchTypeAll: "Everything",
  searchTypeArticles: "Articles",
  searchTypePeople: "People",
  searchTypeCases: "Cases",
  searchTypeOrganisations: "Organisations",
  searchCountry: "Country",
  searchTopic: "Topic",
  searchYear: "Year",
  searchAny: "Any",
  searchArticleCount: "{count} articles",
  share: "Share this article",
  shareByEmail: "Email",
};

const ru: Messages = {
  skipToContent: "Перейти к содержанию",
  siteDescription: "Новости о людях в опасности: аресты, экстрадиция и защита беженцев.",
  languages: "Языки",
  latestNews: "Последние новости",
  noArticles: "На этом языке статей пока нет.",
  readInOtherLanguage: "Читайте новости на другом языке:",
  noTaggedArticles: "На этом языке статей с этим тегом пока нет.",
  tagDescription: "Статьи с тегом «{tag}»",
  tags: "Теги",
  alsoAvailableIn: "Также на других языках",
  mentionWithheld: "[имя скрыто]",
  transcript: "Расшифровка",
  gallery: "Галерея",
  contents: "Содержание",
  sources: "Источники",
  backToStatement: "Назад к заявлению",
  pagination: "Страницы",
  previousPage: "Назад",
  nextPage: "Вперёд",
  pageOf: "Страница {page} из {count}",
  notFoundTitle: "Страница не найдена",
  notFoundText: "Такой страницы нет, или статья не опубликована на этом языке.",
  backToHome: "К последним новостям",
  footer: "Опубликовано с помощью RightsDesk — открытой системы для правозащитных редакций.",
  mainNavigation: "Разделы сайта",
  protections: "Защита",
  protectionsDescription: "Статус беженца, убежище и другая защита, которую государства предоставили людям в опасности или в которой отказали.",
  filterState: "Государство",
  filterType: "Вид защиты",
  allStates: "Все государства",
  allTypes: "Все виды",
  filter: "Показать",
  noProtections: "Нет записей о защите, подходящих под этот фильтр.",
  showAllProtections: "Показать все записи",
  chartTitle: "Защита по государствам",
  person: "Человек",
  type: "Вид",
  grantingState: "Государство",
  year: "Год",
  date: "Дата",
  status: "Статус",
  source: "Источник",
  otherNames: "Другие имена",
  birthYear: "Год рождения",
  nationality: "Гражданство",
  biography: "Биография",
  notTranslated: "Пока не переведено на русский язык; показано на английском.",
  cases: "Дела",
  role: "Роль",
  timeline: "Хронология",
  relations: "Родственники и коллеги",
  inTheNews: "В новостях",
  personDescription: "{name}: защита, дела и новости.",
  caseKind: "Вид дела",
  requestingStates: "Запрашивающие государства",
  onBehalfOf: "В интересах",
  venueState: "Решение принимает",
  outcome: "Итог",
  participants: "Люди в этом деле",
  caseDescription: "{title}: хронология, люди и новости.",
  articleNotTranslated: "Эта статья ещё не переведена на русский язык. Язык текста ниже: {language}.",
  translationOutdated: "Оригинал обновлён {date}; в этом переводе может не быть последних изменений.",
  readOriginal: "Читать оригинал",
  search: "Поиск",
  searchLabel: "Искать статьи, людей и дела",
  searchSubmit: "Найти",
  searchResultsFor: "Результаты по запросу «{query}»",
  searchNothingFound: "По запросу «{query}» ничего не найдено. Попробуйте другое написание, меньше слов или без фильтров.",
  searchPrompt: "Введите имя, место или слово: имена находятся в любом написании и алфавите.",
  searchType: "Что",
  searchTypeAll: "Всё",
  searchTypeArticles: "Статьи",
  searchTypePeople: "Люди",
  searchTypeCases: "Дела",
  searchTypeOrganisations: "Организации",
  searchCountry: "Страна",
  searchTopic: "Тема",
  searchYear: "Год",
  searchAny: "Любой",
  searchArticleCount: "Статей: {count}",
  share: "Поделиться статьёй",
  shareByEmail: "Эл. почта",
};

const pl: Messages = {
  skipToContent: "Przejdź do treści",
  siteDescription: "Wiadomości o osobach zagrożonych: zatrzymania, ekstradycja i ochrona uchodźców.",
  languages: "Języki",
  latestNews: "Najnowsze wiadomości",
  noArticles: "W tym języku nie opublikowano jeszcze żadnych artykułów.",
  readInOtherLanguage: "Czytaj wiadomości w innym języku:",
  noTaggedArticles: "W tym języku nie ma jeszcze artykułów z tym tagiem.",
  tagDescription: "Artykuły z tagiem „{tag}”",
  tags: "Tagi",
  alsoAvailableIn: "Również w innych językach",
  mentionWithheld: "[nazwisko utajnione]",
  transcript: "Transkrypcja",
  gallery: "Galeria",
  contents: "Spis treści",
  sources: "Źródła",
  backToStatement: "Wróć do oświadczenia",
  pagination: "Strony",
  previousPage: "Poprzednia",
  nextPage: "Następna",
  pageOf: "Strona {page} z {count}",
  notFoundTitle: "Nie znaleziono strony",
  notFoundText: "Ta strona nie istnieje albo artykuł nie został opublikowany w tym języku.",
  backToHome: "Przejdź do najnowszych wiadomości",
  footer: "Opublikowano za pomocą RightsDesk, otwartego systemu dla redakcji praw człowieka.",
  mainNavigation: "Działy serwisu",
  protections: "Ochrona",
  protectionsDescription: "Status uchodźcy, azyl i inne formy ochrony, które państwa przyznały osobom zagrożonym lub których im odmówiły.",
  filterState: "Państwo",
  filterType: "Rodzaj ochrony",
  allStates: "Wszystkie państwa",
  allTypes: "Wszystkie rodzaje",
  filter: "Filtruj",
  noProtections: "Żaden wpis nie pasuje do tego filtra.",
  showAllProtections: "Pokaż wszystkie wpisy",
  chartTitle: "Ochrona według państw",
  person: "Osoba",
  type: "Rodzaj",
  grantingState: "Państwo",
  year: "Rok",
  date: "Data",
  status: "Status",
  source: "Źródło",
  otherNames: "Inne nazwiska",
  birthYear: "Rok urodzenia",
  nationality: "Obywatelstwo",
  biography: "Biografia",
  notTranslated: "Jeszcze nieprzetłumaczone na polski; pokazano po angielsku.",
  cases: "Sprawy",
  role: "Rola",
  timeline: "Przebieg",
  relations: "Krewni i współpracownicy",
  inTheNews: "W wiadomościach",
  personDescription: "{name}: ochrona, sprawy i wiadomości.",
  caseKind: "Rodzaj sprawy",
  requestingStates: "Państwa wnioskujące",
  onBehalfOf: "W imieniu",
  venueState: "Decyduje",
  outcome: "Wynik",
  participants: "Osoby w tej sprawie",
  caseDescription: "{title}: przebieg, osoby i wiadomości.",
  articleNotTranslated: "Ten artykuł nie jest jeszcze dostępny po polsku. Język poniższego tekstu: {language}.",
  translationOutdated: "Oryginał zaktualizowano {date}; to tłumaczenie może nie zawierać najnowszych zmian.",
  readOriginal: "Przeczytaj oryginał",
  search: "Szukaj",
  searchLabel: "Szukaj artykułów, osób i spraw",
  searchSubmit: "Szukaj",
  searchResultsFor: "Wyniki dla „{query}”",
  searchNothingFound: "Nic nie znaleziono dla „{query}”. Spróbuj innej pisowni, mniejszej liczby słów lub bez filtrów.",
  searchPrompt: "Wpisz nazwisko, miejsce lub słowo: nazwiska są odnajdywane w każdej pisowni i alfabecie.",
  searchType: "Co",
  searchTypeAll: "Wszystko",
  searchTypeArticles: "Artykuły",
  searchTypePeople: "Osoby",
  searchTypeCases: "Sprawy",
  searchTypeOrganisations: "Organizacje",
  searchCountry: "Kraj",
  searchTopic: "Temat",
  searchYear: "Rok",
  searchAny: "Dowolny",
  searchArticleCount: "Artykuły: {count}",
  share: "Udostępnij artykuł",
  shareByEmail: "E-mail",
};

const fr: Messages = {
  skipToContent: "Aller au contenu",
  siteDescription: "Actualités sur les personnes en danger : arrestations, extradition et protection des réfugiés.",
  languages: "Langues",
  latestNews: "Dernières actualités",
  noArticles: "Aucun article n’est encore publié dans cette langue.",
  readInOtherLanguage: "Lire les actualités dans une autre langue\u00a0:",
  noTaggedArticles: "Aucun article avec ce mot-clé n’est encore publié dans cette langue.",
  tagDescription: "Articles avec le mot-clé «\u00a0{tag}\u00a0»",
  tags: "Mots-clés",
  alsoAvailableIn: "Aussi dans d’autres langues",
  mentionWithheld: "[nom masqué]",
  transcript: "Transcription",
  gallery: "Galerie",
  contents: "Sommaire",
  sources: "Sources",
  backToStatement: "Retour à la déclaration",
  pagination: "Pages",
  previousPage: "Précédente",
  nextPage: "Suivante",
  pageOf: "Page {page} sur {count}",
  notFoundTitle: "Page introuvable",
  notFoundText: "Cette page n’existe pas, ou l’article n’est pas publié dans cette langue.",
  backToHome: "Voir les dernières actualités",
  footer: "Publié avec RightsDesk, un système libre pour les rédactions de défense des droits humains.",
  mainNavigation: "Rubriques du site",
  protections: "Protections",
  protectionsDescription: "Statut de réfugié, asile et autres protections que des États ont accordés ou refusés à des personnes en danger.",
  filterState: "État",
  filterType: "Type de protection",
  allStates: "Tous les États",
  allTypes: "Tous les types",
  filter: "Filtrer",
  noProtections: "Aucune protection ne correspond à ce filtre.",
  showAllProtections: "Afficher toutes les protections",
  chartTitle: "Protections par État",
  person: "Personne",
  type: "Type",
  grantingState: "État",
  year: "Année",
  date: "Date",
  status: "Statut",
  source: "Source",
  otherNames: "Autres noms",
  birthYear: "Année de naissance",
  nationality: "Nationalité",
  biography: "Biographie",
  notTranslated: "Pas encore traduit en français ; affiché en anglais.",
  cases: "Affaires",
  role: "Rôle",
  timeline: "Chronologie",
  relations: "Proches et collègues",
  inTheNews: "Dans l’actualité",
  personDescription: "{name} : protections, affaires et actualités.",
  caseKind: "Type d’affaire",
  requestingStates: "États requérants",
  onBehalfOf: "Pour le compte de",
  venueState: "Décidé en",
  outcome: "Issue",
  participants: "Personnes concernées",
  caseDescription: "{title} : chronologie, personnes et actualités.",
  articleNotTranslated: "Cet article n’est pas encore disponible en français ; le voici en {language}.",
  translationOutdated: "L’original a été mis à jour le {date} ; cette traduction peut ne pas inclure les dernières modifications.",
  readOriginal: "Lire l’original",
  search: "Rechercher",
  searchLabel: "Rechercher des articles, des personnes et des affaires",
  searchSubmit: "Rechercher",
  searchResultsFor: "Résultats pour « {query} »",
  searchNothingFound: "Aucun résultat pour « {query} ». Essayez une autre orthographe, moins de mots ou sans filtres.",
  searchPrompt: "Saisissez un nom, un lieu ou un mot : les noms sont trouvés dans toutes les graphies et tous les alphabets.",
  searchType: "Quoi",
  searchTypeAll: "Tout",
  searchTypeArticles: "Articles",
  searchTypePeople: "Personnes",
  searchTypeCases: "Affaires",
  searchTypeOrganisations: "Organisations",
  searchCountry: "Pays",
  searchTopic: "Thème",
  searchYear: "Année",
  searchAny: "Tous",
  searchArticleCount: "Articles : {count}",
  share: "Partager cet article",
  shareByEmail: "E-mail",
};

const de: Messages = {
  skipToContent: "Zum Inhalt springen",
  siteDescription: "Nachrichten über gefährdete Menschen: Festnahmen, Auslieferung und Flüchtlingsschutz.",
  languages: "Sprachen",
  latestNews: "Neueste Nachrichten",
  noArticles: "In dieser Sprache wurden noch keine Artikel veröffentlicht.",
  readInOtherLanguage: "Nachrichten in einer anderen Sprache lesen:",
  noTaggedArticles: "In dieser Sprache gibt es noch keine Artikel mit diesem Schlagwort.",
  tagDescription: "Artikel mit dem Schlagwort „{tag}“",
  tags: "Schlagwörter",
  alsoAvailableIn: "Auch in anderen Sprachen",
  mentionWithheld: "[Name zurückgehalten]",
  transcript: "Transkript",
  gallery: "Galerie",
  contents: "Inhalt",
  sources: "Quellen",
  backToStatement: "Zurück zur Erklärung",
  pagination: "Seiten",
  previousPage: "Zurück",
  nextPage: "Weiter",
  pageOf: "Seite {page} von {count}",
  notFoundTitle: "Seite nicht gefunden",
  notFoundText: "Diese Seite existiert nicht, oder der Artikel ist in dieser Sprache nicht veröffentlicht.",
  backToHome: "Zu den neuesten Nachrichten",
  footer: "Veröffentlicht mit RightsDesk, einem quelloffenen System für Menschenrechtsredaktionen.",
  mainNavigation: "Bereiche der Website",
  protections: "Schutz",
  protectionsDescription: "Flüchtlingsstatus, Asyl und anderer Schutz, den Staaten gefährdeten Menschen gewährt oder verweigert haben.",
  filterState: "Staat",
  filterType: "Art des Schutzes",
  allStates: "Alle Staaten",
  allTypes: "Alle Arten",
  filter: "Filtern",
  noProtections: "Keine Einträge passen zu diesem Filter.",
  showAllProtections: "Alle Einträge anzeigen",
  chartTitle: "Schutz nach Staaten",
  person: "Person",
  type: "Art",
  grantingState: "Staat",
  year: "Jahr",
  date: "Datum",
  status: "Status",
  source: "Quelle",
  otherNames: "Andere Namen",
  birthYear: "Geburtsjahr",
  nationality: "Staatsangehörigkeit",
  biography: "Biografie",
  notTranslated: "Noch nicht ins Deutsche übersetzt; auf Englisch angezeigt.",
  cases: "Verfahren",
  role: "Rolle",
  timeline: "Chronologie",
  relations: "Angehörige und Kollegen",
  inTheNews: "In den Nachrichten",
  personDescription: "{name}: Schutz, Verfahren und Nachrichten.",
  caseKind: "Art des Verfahrens",
  requestingStates: "Ersuchende Staaten",
  onBehalfOf: "Im Auftrag von",
  venueState: "Entschieden in",
  outcome: "Ausgang",
  participants: "Beteiligte Personen",
  caseDescription: "{title}: Chronologie, Beteiligte und Nachrichten.",
  articleNotTranslated: "Dieser Artikel ist noch nicht auf Deutsch verfügbar; hier ist er auf {language}.",
  translationOutdated: "Das Original wurde am {date} aktualisiert; diese Übersetzung enthält möglicherweise nicht die neuesten Änderungen.",
  readOriginal: "Original lesen",
  search: "Suche",
  searchLabel: "Artikel, Personen und Fälle suchen",
  searchSubmit: "Suchen",
  searchResultsFor: "Ergebnisse für „{query}“",
  searchNothingFound: "Nichts gefunden für „{query}“. Versuchen Sie eine andere Schreibweise, weniger Wörter oder keine Filter.",
  searchPrompt: "Geben Sie einen Namen, einen Ort oder ein Wort ein: Namen werden in jeder Schreibweise und Schrift gefunden.",
  searchType: "Was",
  searchTypeAll: "Alles",
  searchTypeArticles: "Artikel",
  searchTypePeople: "Personen",
  searchTypeCases: "Fälle",
  searchTypeOrganisations: "Organisationen",
  searchCountry: "Land",
  searchTopic: "Thema",
  searchYear: "Jahr",
  searchAny: "Alle",
  searchArticleCount: "Artikel: {count}",
  share: "Artikel teilen",
  shareByEmail: "E-Mail",
};

const uk: Messages = {
  skipToContent: "Перейти до змісту",
  siteDescription: "Новини про людей у небезпеці: арешти, екстрадиція та захист біженців.",
  languages: "Мови",
  latestNews: "Останні новини",
  noArticles: "Цією мовою статей ще немає.",
  readInOtherLanguage: "Читайте новини іншою мовою:",
  noTaggedArticles: "Цією мовою статей із цим тегом ще немає.",
  tagDescription: "Статті з тегом «{tag}»",
  tags: "Теги",
  alsoAvailableIn: "Також іншими мовами",
  mentionWithheld: "[ім’я приховано]",
  transcript: "Розшифровка",
  gallery: "Галерея",
  contents: "Зміст",
  sources: "Джерела",
  backToStatement: "Назад до заяви",
  pagination: "Сторінки",
  previousPage: "Назад",
  nextPage: "Далі",
  pageOf: "Сторінка {page} з {count}",
  notFoundTitle: "Сторінку не знайдено",
  notFoundText: "Такої сторінки немає, або статтю не опубліковано цією мовою.",
  backToHome: "До останніх новин",
  footer: "Опубліковано за допомогою RightsDesk — відкритої системи для правозахисних редакцій.",
  mainNavigation: "Розділи сайту",
  protections: "Захист",
  protectionsDescription: "Статус біженця, притулок та інший захист, який держави надали людям у небезпеці або в якому відмовили.",
  filterState: "Держава",
  filterType: "Вид захисту",
  allStates: "Усі держави",
  allTypes: "Усі види",
  filter: "Показати",
  noProtections: "Немає записів про захист, що відповідають цьому фільтру.",
  showAllProtections: "Показати всі записи",
  chartTitle: "Захист за державами",
  person: "Особа",
  type: "Вид",
  grantingState: "Держава",
  year: "Рік",
  date: "Дата",
  status: "Статус",
  source: "Джерело",
  otherNames: "Інші імена",
  birthYear: "Рік народження",
  nationality: "Громадянство",
  biography: "Біографія",
  notTranslated: "Ще не перекладено українською; показано англійською.",
  cases: "Справи",
  role: "Роль",
  timeline: "Хронологія",
  relations: "Родичі та колеги",
  inTheNews: "У новинах",
  personDescription: "{name}: захист, справи та новини.",
  caseKind: "Вид справи",
  requestingStates: "Держави, що запитують",
  onBehalfOf: "В інтересах",
  venueState: "Рішення ухвалює",
  outcome: "Підсумок",
  participants: "Люди в цій справі",
  caseDescription: "{title}: хронологія, люди та новини.",
  articleNotTranslated: "Ця стаття ще не перекладена українською. Мова тексту нижче: {language}.",
  translationOutdated: "Оригінал оновлено {date}; цей переклад може не містити останніх змін.",
  readOriginal: "Читати оригінал",
  search: "Пошук",
  searchLabel: "Шукати статті, людей і справи",
  searchSubmit: "Знайти",
  searchResultsFor: "Результати за запитом «{query}»",
  searchNothingFound: "За запитом «{query}» нічого не знайдено. Спробуйте інше написання, менше слів або без фільтрів.",
  searchPrompt: "Введіть ім'я, місце або слово: імена знаходяться в будь-якому написанні та абетці.",
  searchType: "Що",
  searchTypeAll: "Усе",
  searchTypeArticles: "Статті",
  searchTypePeople: "Люди",
  searchTypeCases: "Справи",
  searchTypeOrganisations: "Організації",
  searchCountry: "Країна",
  searchTopic: "Тема",
  searchYear: "Рік",
  searchAny: "Будь-який",
  searchArticleCount: "Статей: {count}",
  share: "Поділитися статтею",
  shareByEmail: "Ел. пошта",
};

export const MESSAGES: Record<Locale, Messages> = { en, ru, pl, fr, de, uk };

export function messages(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** Fills `{name}` placeholders; a placeholder without a value is left as written so that it shows up in review. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
