import type { TCourseTexts, TOfferText } from "./offer-text-types.js";

/** Arabic texts of the most common offer templates, by the German title they translate. */
export const arabicTemplateTexts: Readonly<Record<string, TOfferText>> = {
  "Migrationsberatung für Erwachsene (MBE)": {
    title: "استشارات الهجرة للبالغين (MBE)",
    description:
      "استشارات حول الإقامة واللغة والعمل والسكن والأسرة للمهاجرين من عمر 27 عامًا فما فوق. المواعيد بالاتفاق، ومع مترجم عند الرغبة.",
  },
  "Offene Sprechstunde für Neuzugewanderte": {
    title: "ساعات استشارة مفتوحة للقادمين الجدد",
    description: "بدون موعد: مساعدة في رسائل الدوائر الرسمية وفي الطلبات وفي الخطوات الأولى في المقاطعة.",
  },
  Asylverfahrensberatung: {
    title: "استشارات حول إجراءات اللجوء",
    description: "استشارات مستقلة حول إجراءات اللجوء والتحضير للمقابلة وحول القرار.",
  },
  Familienberatung: {
    title: "استشارات للأسر",
    description: "استشارات للأسر حول الروضة والمدرسة وإعانة الأطفال وإعانة الوالدين وتربية الأطفال.",
  },
  "Beratung für Geflüchtete aus der Ukraine": {
    title: "استشارات للاجئين من أوكرانيا",
    description: "أسئلة حول الإقامة وفق المادة 24 من قانون الإقامة، وحول الإعانات والسكن ودورة اللغة.",
  },
  "Beratung für junge Menschen von 12 bis 27 Jahren": {
    title: "استشارات للشباب من 12 إلى 27 عامًا",
    description: "خدمة هجرة الشباب ترافق الشباب المهاجرين في المدرسة والتدريب المهني والعمل.",
  },
  "Hausaufgabenhilfe für Schulkinder": {
    title: "مساعدة تلاميذ المدارس في الواجبات المنزلية",
    description: "متطوعون يساعدون مرتين في الأسبوع في الواجبات المنزلية وفي القراءة.",
  },
  "Eltern-Kind-Gruppe für Familien mit Kleinkindern": {
    title: "مجموعة الآباء والأطفال للأسر ذات الأطفال الصغار",
    description: "لعب وغناء وتبادل بين الآباء؛ تحضير جيد لارتياد الروضة.",
  },
  "Kita-Lotsen: Begleitung zur Kita-Anmeldung": {
    title: "مرشدو الروضة: مرافقة عند التسجيل في الروضة",
    description: "مساعدة في البحث عن مكان في الروضة وفي التسجيل.",
  },
  "Sprachförderung in der Grundschule": {
    title: "دعم لغوي في المدرسة الابتدائية",
    description: "دروس إضافية في اللغة الألمانية في مجموعات صغيرة للأطفال بدون معرفة سابقة.",
  },
  "Schulstart-Beratung für Familien": {
    title: "استشارات للأسر حول بدء المدرسة",
    description: "معلومات عن النظام المدرسي وعن التسجيل في المدرسة وعن إعانات التعليم والمشاركة.",
  },
  "Gesundheitssprechstunde mit Dolmetschung": {
    title: "استشارات صحية مع مترجم",
    description: "مساعدة في البحث عن أطباء وفي فهم النتائج الطبية.",
  },
  "Psychosoziale Beratung für Geflüchtete": {
    title: "استشارات نفسية واجتماعية للاجئين",
    description: "محادثات عند الضغط النفسي والحزن ومشاكل النوم؛ وتحويل إلى العلاج.",
  },
  Schwangerschaftsberatung: {
    title: "استشارات الحمل",
    description: "استشارات حول الحمل والولادة والسنوات الأولى من حياة الطفل.",
  },
  "Erste-Hilfe-Kurs in einfacher Sprache": {
    title: "دورة إسعافات أولية بلغة بسيطة",
    description: "يوم واحد من الإسعافات الأولية مع صور وتمارين كثيرة، ويصلح أيضًا لرخصة القيادة.",
  },
  "Wohnungssuche: Beratung und Begleitung": {
    title: "البحث عن سكن: استشارة ومرافقة",
    description: "مساعدة في البحث عن شقة وفي المعاينات وفي عقد الإيجار.",
  },
  Mieterführerschein: {
    title: "«رخصة المستأجر»",
    description: "دورة حول حقوق وواجبات المستأجرين وفرز النفايات والتهوية والتدفئة.",
  },
  "Auszugsberatung aus der Gemeinschaftsunterkunft": {
    title: "الانتقال من السكن الجماعي",
    description: "مساعدة في الانتقال إلى أول شقة خاصة بك.",
  },
};

export const arabicCourseTexts: TCourseTexts = {
  names: {
    ik_allgemein: "دورة الاندماج العامة",
    ik_jugend: "دورة الاندماج للشباب",
    ik_eltern: "دورة الاندماج للآباء أو للنساء",
    ik_alpha: "دورة محو الأمية",
    ik_zweitschrift: "دورة لمتعلمي الكتابة الثانية",
    ik_foerder: "دورة دعم",
    ik_intensiv: "دورة مكثفة",
    bsk_a2_b1: "دورة اللغة المهنية، دورة خاصة A2 → B1",
    bsk_unter_a2: "دورة اللغة المهنية، دورة خاصة دون A2 → A2",
    bsk_b1_b2: "دورة اللغة المهنية، دورة أساسية B1 → B2",
    bsk_b2_c1: "دورة اللغة المهنية، دورة أساسية B2 → C1",
    bsk_c1_c2: "دورة اللغة المهنية، دورة أساسية C1 → C2",
    bsk_fach: "دورة اللغة المهنية لمهن محددة",
    bsk_anerkennung: "دورة اللغة المهنية للاعتراف بالمؤهلات",
    eok: "دورة التوجيه الأولي",
  },
  describe: ({ units, orientationUnits, targetLevel }) => {
    const course =
      units === null
        ? "دورة وفق قواعد المكتب الاتحادي للهجرة واللاجئين (BAMF)."
        : orientationUnits === null
          ? `دورة وفق قواعد المكتب الاتحادي للهجرة واللاجئين (BAMF): ${units} حصة دراسية، مدة كل منها 45 دقيقة.`
          : `دورة وفق قواعد المكتب الاتحادي للهجرة واللاجئين (BAMF): ${units} حصة دراسية في دورة اللغة و${orientationUnits} حصة في دورة التوجيه، مدة كل منها 45 دقيقة.`;
    return targetLevel ? `${course} الهدف: مستوى اللغة ${targetLevel}.` : course;
  },
};
