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
  pagination: string;
  previousPage: string;
  nextPage: string;
  pageOf: string;
  notFoundTitle: string;
  notFoundText: string;
  backToHome: string;
  footer: string;
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
  pagination: "Pages",
  previousPage: "Previous",
  nextPage: "Next",
  pageOf: "Page {page} of {count}",
  notFoundTitle: "Page not found",
  notFoundText: "This page does not exist, or the article is not published in this language.",
  backToHome: "Go to the latest news",
  footer: "Published with RightsDesk, an open-source system for human-rights newsrooms.",
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
  pagination: "Страницы",
  previousPage: "Назад",
  nextPage: "Вперёд",
  pageOf: "Страница {page} из {count}",
  notFoundTitle: "Страница не найдена",
  notFoundText: "Такой страницы нет, или статья не опубликована на этом языке.",
  backToHome: "К последним новостям",
  footer: "Опубликовано с помощью RightsDesk — открытой системы для правозащитных редакций.",
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
  pagination: "Strony",
  previousPage: "Poprzednia",
  nextPage: "Następna",
  pageOf: "Strona {page} z {count}",
  notFoundTitle: "Nie znaleziono strony",
  notFoundText: "Ta strona nie istnieje albo artykuł nie został opublikowany w tym języku.",
  backToHome: "Przejdź do najnowszych wiadomości",
  footer: "Opublikowano za pomocą RightsDesk, otwartego systemu dla redakcji praw człowieka.",
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
  pagination: "Pages",
  previousPage: "Précédente",
  nextPage: "Suivante",
  pageOf: "Page {page} sur {count}",
  notFoundTitle: "Page introuvable",
  notFoundText: "Cette page n’existe pas, ou l’article n’est pas publié dans cette langue.",
  backToHome: "Voir les dernières actualités",
  footer: "Publié avec RightsDesk, un système libre pour les rédactions de défense des droits humains.",
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
  pagination: "Seiten",
  previousPage: "Zurück",
  nextPage: "Weiter",
  pageOf: "Seite {page} von {count}",
  notFoundTitle: "Seite nicht gefunden",
  notFoundText: "Diese Seite existiert nicht, oder der Artikel ist in dieser Sprache nicht veröffentlicht.",
  backToHome: "Zu den neuesten Nachrichten",
  footer: "Veröffentlicht mit RightsDesk, einem quelloffenen System für Menschenrechtsredaktionen.",
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
  pagination: "Сторінки",
  previousPage: "Назад",
  nextPage: "Далі",
  pageOf: "Сторінка {page} з {count}",
  notFoundTitle: "Сторінку не знайдено",
  notFoundText: "Такої сторінки немає, або статтю не опубліковано цією мовою.",
  backToHome: "До останніх новин",
  footer: "Опубліковано за допомогою RightsDesk — відкритої системи для правозахисних редакцій.",
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
