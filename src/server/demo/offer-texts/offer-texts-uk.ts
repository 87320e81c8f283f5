import type { TCourseTexts, TOfferText } from "./offer-text-types.js";

/** Ukrainian texts of the most common offer templates, by the German title they translate. */
export const ukrainianTemplateTexts: Readonly<Record<string, TOfferText>> = {
  "Migrationsberatung für Erwachsene (MBE)": {
    title: "Міграційна консультація для дорослих (MBE)",
    description:
      "Консультації щодо перебування, мови, роботи, житла та сім’ї для іммігрантів віком від 27 років. Прийом за домовленістю, за бажанням з перекладачем.",
  },
  "Offene Sprechstunde für Neuzugewanderte": {
    title: "Відкриті консультації для новоприбулих",
    description: "Без запису: допомога з листами від установ, із заявами та з першими кроками в районі.",
  },
  Asylverfahrensberatung: {
    title: "Консультації щодо процедури надання притулку",
    description: "Незалежні консультації щодо процедури надання притулку, підготовки до співбесіди та рішення.",
  },
  Familienberatung: {
    title: "Консультації для сімей",
    description:
      "Консультації для сімей щодо дитсадка та школи, допомоги на дітей, батьківської допомоги та виховання.",
  },
  "Beratung für Geflüchtete aus der Ukraine": {
    title: "Консультації для біженців з України",
    description: "Питання щодо перебування за § 24 Закону про перебування, виплат, житла та мовного курсу.",
  },
  "Beratung für junge Menschen von 12 bis 27 Jahren": {
    title: "Консультації для молоді від 12 до 27 років",
    description: "Молодіжна міграційна служба супроводжує молодих іммігрантів у школі, навчанні та на роботі.",
  },
  "Hausaufgabenhilfe für Schulkinder": {
    title: "Допомога школярам з домашніми завданнями",
    description: "Волонтери двічі на тиждень допомагають з домашніми завданнями та читанням.",
  },
  "Eltern-Kind-Gruppe für Familien mit Kleinkindern": {
    title: "Група «батьки й діти» для сімей з малюками",
    description: "Ігри, співи та спілкування між батьками; добра підготовка до дитячого садка.",
  },
  "Kita-Lotsen: Begleitung zur Kita-Anmeldung": {
    title: "Помічники з дитсадка: супровід під час запису",
    description: "Допомога в пошуку місця в дитячому садку та під час запису.",
  },
  "Sprachförderung in der Grundschule": {
    title: "Мовна підтримка в початковій школі",
    description: "Додаткові уроки німецької в малих групах для дітей без попередніх знань.",
  },
  "Schulstart-Beratung für Familien": {
    title: "Консультації для сімей щодо початку навчання в школі",
    description: "Інформація про шкільну систему, запис до школи та виплати на освіту й участь.",
  },
  "Gesundheitssprechstunde mit Dolmetschung": {
    title: "Консультації з питань здоров’я з перекладачем",
    description: "Допомога в пошуку лікарів і в розумінні медичних висновків.",
  },
  "Psychosoziale Beratung für Geflüchtete": {
    title: "Психосоціальні консультації для біженців",
    description: "Розмови при стресі, горі та проблемах зі сном; направлення на терапію.",
  },
  Schwangerschaftsberatung: {
    title: "Консультації щодо вагітності",
    description: "Консультації щодо вагітності, пологів і перших років життя дитини.",
  },
  "Erste-Hilfe-Kurs in einfacher Sprache": {
    title: "Курс першої допомоги простою мовою",
    description: "Один день першої допомоги з багатьма картинками та вправами, також для водійських прав.",
  },
  "Wohnungssuche: Beratung und Begleitung": {
    title: "Пошук житла: консультації та супровід",
    description: "Допомога в пошуку квартири, під час оглядів і з договором оренди.",
  },
  Mieterführerschein: {
    title: "«Посвідчення орендаря»",
    description: "Курс про права та обов’язки орендарів, сортування сміття, провітрювання та опалення.",
  },
  "Auszugsberatung aus der Gemeinschaftsunterkunft": {
    title: "Переїзд із гуртожитку",
    description: "Допомога з переїздом у першу власну квартиру.",
  },
};

export const ukrainianCourseTexts: TCourseTexts = {
  names: {
    ik_allgemein: "Загальний інтеграційний курс",
    ik_jugend: "Інтеграційний курс для молоді",
    ik_eltern: "Інтеграційний курс для батьків або жінок",
    ik_alpha: "Курс алфавітизації",
    ik_zweitschrift: "Курс для тих, хто вчить друге письмо",
    ik_foerder: "Курс підтримки",
    ik_intensiv: "Інтенсивний курс",
    bsk_a2_b1: "Професійний мовний курс, спеціальний курс A2 → B1",
    bsk_unter_a2: "Професійний мовний курс, спеціальний курс нижче A2 → A2",
    bsk_b1_b2: "Професійний мовний курс, базовий курс B1 → B2",
    bsk_b2_c1: "Професійний мовний курс, базовий курс B2 → C1",
    bsk_c1_c2: "Професійний мовний курс, базовий курс C1 → C2",
    bsk_fach: "Професійний мовний курс для окремих професій",
    bsk_anerkennung: "Професійний мовний курс для визнання кваліфікації",
    eok: "Курс першої орієнтації",
  },
  describe: ({ units, orientationUnits, targetLevel }) => {
    const course =
      units === null
        ? "Курс за правилами BAMF."
        : orientationUnits === null
          ? `Курс за правилами BAMF: ${units} навчальних годин по 45 хвилин.`
          : `Курс за правилами BAMF: ${units} навчальних годин мовного курсу та ${orientationUnits} навчальних годин орієнтаційного курсу, по 45 хвилин.`;
    return targetLevel ? `${course} Мета: рівень мови ${targetLevel}.` : course;
  },
};
