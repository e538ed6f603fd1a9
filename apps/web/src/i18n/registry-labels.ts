import {
  CASE_KIND_LABELS,
  CASE_OUTCOME_LABELS,
  CASE_STATUS_LABELS,
  type CaseKind,
  type CaseOutcome,
  type CaseStatus,
  type Locale,
  ORGANISATION_KIND_LABELS,
  type OrganisationKind,
  PARTICIPANT_ROLE_LABELS,
  type ParticipantRole,
  PERSON_STATUS_LABELS,
  type PersonStatus,
  PROTECTION_STATUS_LABELS,
  PROTECTION_TYPE_LABELS,
  type ProtectionStatus,
  type ProtectionType,
  type RelationshipKind,
} from "@rightsdesk/domain";

/*
 * The registry's fixed values as readers of each language see them. Complete records, like the
 * domain's English labels, so that a value added to a list does not compile until it is translated.
 */
export type RegistryLabels = {
  protectionType: Record<ProtectionType, string>;
  protectionStatus: Record<ProtectionStatus, string>;
  personStatus: Record<PersonStatus, string>;
  caseKind: Record<CaseKind, string>;
  caseStatus: Record<CaseStatus, string>;
  caseOutcome: Record<CaseOutcome, string>;
  participantRole: Record<ParticipantRole, string>;
  organisationKind: Record<OrganisationKind, string>;
  /**
   * "This person is <kind> of {name}". Russian, Polish and Ukrainian name the other person's role
   * instead ("Родитель: {name}" for a child): "of" would need the name declined, which we cannot do.
   */
  relation: Record<RelationshipKind, string>;
};

const en: RegistryLabels = {
  protectionType: PROTECTION_TYPE_LABELS,
  protectionStatus: PROTECTION_STATUS_LABELS,
  personStatus: PERSON_STATUS_LABELS,
  caseKind: CASE_KIND_LABELS,
  caseStatus: CASE_STATUS_LABELS,
  caseOutcome: CASE_OUTCOME_LABELS,
  participantRole: PARTICIPANT_ROLE_LABELS,
  organisationKind: ORGANISATION_KIND_LABELS,
  relation: {
    spouse: "Spouse of {name}",
    child: "Child of {name}",
    parent: "Parent of {name}",
    sibling: "Sibling of {name}",
    colleague: "Colleague of {name}",
  },
};

const ru: RegistryLabels = {
  organisationKind: {
    ngo: "НКО",
    court: "Суд",
    parliament: "Парламент",
    media: "СМИ",
    government: "Правительство",
    international_body: "Международный орган",
  },
  protectionType: {
    refugee_status: "Статус беженца",
    asylum: "Убежище",
    subsidiary_protection: "Дополнительная защита",
    international_protection: "Международная защита",
    humanitarian_protection: "Гуманитарная защита",
    diplomatic_protection: "Дипломатическая защита",
    extradition_refusal: "Отказ в экстрадиции",
  },
  protectionStatus: { granted: "Предоставлена", refused: "Отказано", revoked: "Отозвана", pending: "На рассмотрении" },
  personStatus: { free: "На свободе", detained: "Под стражей", in_exile: "В эмиграции", deceased: "Умер(ла)", unknown: "Неизвестно" },
  caseKind: {
    extradition_request: "Запрос об экстрадиции",
    deportation: "Депортация",
    criminal_prosecution: "Уголовное преследование",
    detention: "Задержание",
    interpol_notice: "Уведомление Интерпола",
    asylum_procedure: "Процедура предоставления убежища",
  },
  caseStatus: { open: "Открыто", closed: "Закрыто" },
  caseOutcome: {
    extradition_refused: "В экстрадиции отказано",
    extradition_granted: "Экстрадиция разрешена",
    released: "Освобождён(а)",
    convicted: "Осуждён(а)",
    acquitted: "Оправдан(а)",
    deported: "Депортирован(а)",
    returned: "Возвращён(а)",
    pending: "Решение ожидается",
  },
  participantRole: { subject: "Фигурант", co_defendant: "Сообвиняемый", witness: "Свидетель", family_member: "Член семьи" },
  relation: {
    spouse: "Супруг(а): {name}",
    child: "Родитель: {name}",
    parent: "Ребёнок: {name}",
    sibling: "Брат или сестра: {name}",
    colleague: "Коллега: {name}",
  },
};

const pl: RegistryLabels = {
  organisationKind: {
    ngo: "Organizacja pozarządowa",
    court: "Sąd",
    parliament: "Parlament",
    media: "Media",
    government: "Rząd",
    international_body: "Organ międzynarodowy",
  },
  protectionType: {
    refugee_status: "Status uchodźcy",
    asylum: "Azyl",
    subsidiary_protection: "Ochrona uzupełniająca",
    international_protection: "Ochrona międzynarodowa",
    humanitarian_protection: "Ochrona humanitarna",
    diplomatic_protection: "Ochrona dyplomatyczna",
    extradition_refusal: "Odmowa ekstradycji",
  },
  protectionStatus: { granted: "Przyznana", refused: "Odmówiona", revoked: "Cofnięta", pending: "W toku" },
  personStatus: { free: "Na wolności", detained: "W areszcie", in_exile: "Na emigracji", deceased: "Nie żyje", unknown: "Nieznany" },
  caseKind: {
    extradition_request: "Wniosek o ekstradycję",
    deportation: "Deportacja",
    criminal_prosecution: "Ściganie karne",
    detention: "Zatrzymanie",
    interpol_notice: "Nota Interpolu",
    asylum_procedure: "Procedura azylowa",
  },
  caseStatus: { open: "Otwarta", closed: "Zamknięta" },
  caseOutcome: {
    extradition_refused: "Odmowa ekstradycji",
    extradition_granted: "Zgoda na ekstradycję",
    released: "Zwolnienie",
    convicted: "Skazanie",
    acquitted: "Uniewinnienie",
    deported: "Deportacja",
    returned: "Odesłanie",
    pending: "Oczekuje na decyzję",
  },
  participantRole: { subject: "Osoba, której dotyczy sprawa", co_defendant: "Współoskarżony", witness: "Świadek", family_member: "Członek rodziny" },
  relation: {
    spouse: "Małżonek lub małżonka: {name}",
    child: "Rodzic: {name}",
    parent: "Dziecko: {name}",
    sibling: "Rodzeństwo: {name}",
    colleague: "Współpracownik: {name}",
  },
};

const fr: RegistryLabels = {
  organisationKind: {
    ngo: "ONG",
    court: "Tribunal",
    parliament: "Parlement",
    media: "Média",
    government: "Gouvernement",
    international_body: "Organisation internationale",
  },
  protectionType: {
    refugee_status: "Statut de réfugié",
    asylum: "Asile",
    subsidiary_protection: "Protection subsidiaire",
    international_protection: "Protection internationale",
    humanitarian_protection: "Protection humanitaire",
    diplomatic_protection: "Protection diplomatique",
    extradition_refusal: "Refus d’extradition",
  },
  protectionStatus: { granted: "Accordée", refused: "Refusée", revoked: "Révoquée", pending: "En cours" },
  personStatus: { free: "En liberté", detained: "Détenu(e)", in_exile: "En exil", deceased: "Décédé(e)", unknown: "Inconnu" },
  caseKind: {
    extradition_request: "Demande d’extradition",
    deportation: "Expulsion",
    criminal_prosecution: "Poursuites pénales",
    detention: "Détention",
    interpol_notice: "Notice d’Interpol",
    asylum_procedure: "Procédure d’asile",
  },
  caseStatus: { open: "En cours", closed: "Close" },
  caseOutcome: {
    extradition_refused: "Extradition refusée",
    extradition_granted: "Extradition accordée",
    released: "Libération",
    convicted: "Condamnation",
    acquitted: "Acquittement",
    deported: "Expulsion",
    returned: "Renvoi",
    pending: "En attente",
  },
  participantRole: { subject: "Personne visée", co_defendant: "Coaccusé(e)", witness: "Témoin", family_member: "Membre de la famille" },
  relation: {
    spouse: "Conjoint(e) de {name}",
    child: "Enfant de {name}",
    parent: "Parent de {name}",
    sibling: "Frère ou sœur de {name}",
    colleague: "Collègue de {name}",
  },
};

const de: RegistryLabels = {
  organisationKind: {
    ngo: "NGO",
    court: "Gericht",
    parliament: "Parlament",
    media: "Medien",
    government: "Regierung",
    international_body: "Internationale Organisation",
  },
  protectionType: {
    refugee_status: "Flüchtlingsstatus",
    asylum: "Asyl",
    subsidiary_protection: "Subsidiärer Schutz",
    international_protection: "Internationaler Schutz",
    humanitarian_protection: "Humanitärer Schutz",
    diplomatic_protection: "Diplomatischer Schutz",
    extradition_refusal: "Ablehnung der Auslieferung",
  },
  protectionStatus: { granted: "Gewährt", refused: "Abgelehnt", revoked: "Widerrufen", pending: "Anhängig" },
  personStatus: { free: "In Freiheit", detained: "In Haft", in_exile: "Im Exil", deceased: "Verstorben", unknown: "Unbekannt" },
  caseKind: {
    extradition_request: "Auslieferungsersuchen",
    deportation: "Abschiebung",
    criminal_prosecution: "Strafverfolgung",
    detention: "Haft",
    interpol_notice: "Interpol-Ausschreibung",
    asylum_procedure: "Asylverfahren",
  },
  caseStatus: { open: "Offen", closed: "Abgeschlossen" },
  caseOutcome: {
    extradition_refused: "Auslieferung abgelehnt",
    extradition_granted: "Auslieferung bewilligt",
    released: "Freilassung",
    convicted: "Verurteilung",
    acquitted: "Freispruch",
    deported: "Abschiebung",
    returned: "Rückführung",
    pending: "Ausstehend",
  },
  participantRole: { subject: "Betroffene Person", co_defendant: "Mitangeklagte(r)", witness: "Zeuge/Zeugin", family_member: "Familienangehörige(r)" },
  relation: {
    spouse: "Ehepartner(in) von {name}",
    child: "Kind von {name}",
    parent: "Elternteil von {name}",
    sibling: "Geschwister von {name}",
    colleague: "Kollege/Kollegin von {name}",
  },
};

const uk: RegistryLabels = {
  organisationKind: {
    ngo: "НУО",
    court: "Суд",
    parliament: "Парламент",
    media: "ЗМІ",
    government: "Уряд",
    international_body: "Міжнародний орган",
  },
  protectionType: {
    refugee_status: "Статус біженця",
    asylum: "Притулок",
    subsidiary_protection: "Додатковий захист",
    international_protection: "Міжнародний захист",
    humanitarian_protection: "Гуманітарний захист",
    diplomatic_protection: "Дипломатичний захист",
    extradition_refusal: "Відмова в екстрадиції",
  },
  protectionStatus: { granted: "Надано", refused: "Відмовлено", revoked: "Відкликано", pending: "На розгляді" },
  personStatus: { free: "На волі", detained: "Під вартою", in_exile: "В еміграції", deceased: "Помер(ла)", unknown: "Невідомо" },
  caseKind: {
    extradition_request: "Запит про екстрадицію",
    deportation: "Депортація",
    criminal_prosecution: "Кримінальне переслідування",
    detention: "Затримання",
    interpol_notice: "Повідомлення Інтерполу",
    asylum_procedure: "Процедура надання притулку",
  },
  caseStatus: { open: "Відкрита", closed: "Закрита" },
  caseOutcome: {
    extradition_refused: "В екстрадиції відмовлено",
    extradition_granted: "Екстрадицію дозволено",
    released: "Звільнення",
    convicted: "Засудження",
    acquitted: "Виправдання",
    deported: "Депортація",
    returned: "Повернення",
    pending: "Очікує рішення",
  },
  participantRole: { subject: "Фігурант", co_defendant: "Співобвинувачений", witness: "Свідок", family_member: "Член родини" },
  relation: {
    spouse: "Чоловік або дружина: {name}",
    child: "Один із батьків: {name}",
    parent: "Дитина: {name}",
    sibling: "Брат або сестра: {name}",
    colleague: "Колега: {name}",
  },
};

export const REGISTRY_LABELS: Record<Locale, RegistryLabels> = { en, ru, pl, fr, de, uk };

export function registryLabels(locale: Locale): RegistryLabels {
  return REGISTRY_LABELS[locale];
}

/**
 * Splits a template around its one `{name}` so that a page can put a link there. A template
 * without the placeholder (a slip in a translation) keeps the name at the end rather than losing it.
 */
export function splitAtName(template: string): [before: string, after: string] {
  const at = template.indexOf("{name}");
  if (at < 0) return [`${template} `, ""];
  return [template.slice(0, at), template.slice(at + "{name}".length)];
}
