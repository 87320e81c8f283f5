import type { TContentLanguage } from "../../../common/portal/portal-content.js";

/** The start page's quick links and the self-check entry page, in every content language. */
export type TEntryTexts = {
  quickLinks: string;
  register: string;
  /** After the registration link when the form is not in this language (it opens in English or German). */
  selfCheck: string;
  nextEvents: string;
  allEvents: string;
  selfCheckIntro: string;
  selfCheckHowTo: string;
  codeLabel: string;
  startButton: string;
  codeInvalid: string;
  notRegistered: string;
};

export const entryTexts: Record<TContentLanguage, TEntryTexts> = {
  de: {
    quickLinks: "Schnell finden",
    register: "Neu hier? Registrieren",
    selfCheck: "Selbst-Check: Was brauche ich?",
    nextEvents: "Die nächsten Veranstaltungen",
    allEvents: "Alle Veranstaltungen",
    selfCheckIntro:
      "Im Selbst-Check beantworten Sie Fragen zu Ihrer Lage, zum Beispiel zu Sprache, Arbeit und Familie. So kann Ihre Beratung Ihnen besser helfen.",
    selfCheckHowTo: "Den Link oder Code bekommen Sie von Ihrer Beraterin oder Ihrem Berater. Fügen Sie ihn hier ein.",
    codeLabel: "Link oder Code",
    startButton: "Selbst-Check öffnen",
    codeInvalid: "Das ist kein gültiger Link oder Code. Bitte prüfen Sie ihn und versuchen Sie es noch einmal.",
    notRegistered: "Noch nicht registriert? Registrieren Sie sich zuerst:",
  },
  "de-x-easy": {
    quickLinks: "Schnell finden",
    register: "Sind Sie neu hier? Dann melden Sie sich an.",
    selfCheck: "Selbst-Check: Was brauche ich?",
    nextEvents: "Die nächsten Veranstaltungen",
    allEvents: "Alle Veranstaltungen",
    selfCheckIntro:
      "Beim Selbst-Check beantworten Sie Fragen. Zum Beispiel: Welche Sprachen sprechen Sie? Haben Sie Arbeit? Dann kann die Beratung Ihnen besser helfen.",
    selfCheckHowTo: "Sie bekommen einen Link oder einen Code von der Beratung. Schreiben Sie ihn hier in das Feld.",
    codeLabel: "Link oder Code",
    startButton: "Selbst-Check öffnen",
    codeInvalid: "Der Link oder Code stimmt nicht. Bitte prüfen Sie ihn. Versuchen Sie es noch einmal.",
    notRegistered: "Sie sind noch nicht angemeldet? Dann melden Sie sich zuerst an:",
  },
  en: {
    quickLinks: "Quick links",
    register: "New here? Register",
    selfCheck: "Self-check: what do I need?",
    nextEvents: "Next events",
    allEvents: "All events",
    selfCheckIntro:
      "In the self-check you answer questions about your situation, for example about language, work and family. This helps your counsellor to help you better.",
    selfCheckHowTo: "Your counsellor gives you the link or code. Paste it here.",
    codeLabel: "Link or code",
    startButton: "Open the self-check",
    codeInvalid: "This is not a valid link or code. Please check it and try again.",
    notRegistered: "Not registered yet? Please register first:",
  },
  uk: {
    quickLinks: "Швидкі посилання",
    register: "Ви тут нові? Зареєструйтеся",
    selfCheck: "Самоперевірка: що мені потрібно?",
    nextEvents: "Найближчі заходи",
    allEvents: "Усі заходи",
    selfCheckIntro:
      "У самоперевірці ви відповідаєте на запитання про своє становище, наприклад про мову, роботу й сім’ю. Так ваш консультант зможе краще вам допомогти.",
    selfCheckHowTo: "Посилання або код ви отримаєте від свого консультанта. Вставте його сюди.",
    codeLabel: "Посилання або код",
    startButton: "Відкрити самоперевірку",
    codeInvalid: "Це недійсне посилання або код. Перевірте його та спробуйте ще раз.",
    notRegistered: "Ще не зареєстровані? Спочатку зареєструйтеся:",
  },
  ar: {
    quickLinks: "روابط سريعة",
    register: "جديد هنا؟ سجّل نفسك",
    selfCheck: "الفحص الذاتي: ماذا أحتاج؟",
    nextEvents: "الفعاليات القادمة",
    allEvents: "كل الفعاليات",
    selfCheckIntro:
      "في الفحص الذاتي تجيب عن أسئلة حول وضعك، مثلًا عن اللغة والعمل والعائلة. هكذا يستطيع مستشارك مساعدتك بشكل أفضل.",
    selfCheckHowTo: "تحصل على الرابط أو الرمز من مستشارك. الصقه هنا.",
    codeLabel: "الرابط أو الرمز",
    startButton: "افتح الفحص الذاتي",
    codeInvalid: "هذا الرابط أو الرمز غير صالح. يرجى التحقق منه والمحاولة مرة أخرى.",
    notRegistered: "لم تسجّل بعد؟ سجّل أولًا:",
  },
  tr: {
    quickLinks: "Hızlı bağlantılar",
    register: "Burada yeni misiniz? Kayıt olun",
    selfCheck: "Öz değerlendirme: neye ihtiyacım var?",
    nextEvents: "Yaklaşan etkinlikler",
    allEvents: "Tüm etkinlikler",
    selfCheckIntro:
      "Öz değerlendirmede durumunuzla ilgili soruları yanıtlarsınız, örneğin dil, iş ve aile hakkında. Böylece danışmanınız size daha iyi yardım edebilir.",
    selfCheckHowTo: "Bağlantıyı veya kodu danışmanınızdan alırsınız. Buraya yapıştırın.",
    codeLabel: "Bağlantı veya kod",
    startButton: "Öz değerlendirmeyi aç",
    codeInvalid: "Bu geçerli bir bağlantı veya kod değil. Lütfen kontrol edip tekrar deneyin.",
    notRegistered: "Henüz kayıt olmadınız mı? Önce kayıt olun:",
  },
  ru: {
    quickLinks: "Быстрые ссылки",
    register: "Вы здесь впервые? Зарегистрируйтесь",
    selfCheck: "Самопроверка: что мне нужно?",
    nextEvents: "Ближайшие мероприятия",
    allEvents: "Все мероприятия",
    selfCheckIntro:
      "В самопроверке вы отвечаете на вопросы о своём положении, например о языке, работе и семье. Так ваш консультант сможет лучше вам помочь.",
    selfCheckHowTo: "Ссылку или код вы получите от своего консультанта. Вставьте их сюда.",
    codeLabel: "Ссылка или код",
    startButton: "Открыть самопроверку",
    codeInvalid: "Это недействительная ссылка или код. Проверьте и попробуйте ещё раз.",
    notRegistered: "Ещё не зарегистрированы? Сначала зарегистрируйтесь:",
  },
  fa: {
    quickLinks: "پیوندهای سریع",
    register: "تازه آمده‌اید؟ ثبت‌نام کنید",
    selfCheck: "خودارزیابی: به چه چیزی نیاز دارم؟",
    nextEvents: "رویدادهای پیش رو",
    allEvents: "همه رویدادها",
    selfCheckIntro:
      "در خودارزیابی به پرسش‌هایی درباره وضعیت خود پاسخ می‌دهید، مثلاً درباره زبان، کار و خانواده. این‌گونه مشاور شما بهتر می‌تواند کمکتان کند.",
    selfCheckHowTo: "پیوند یا کد را از مشاور خود می‌گیرید. آن را اینجا وارد کنید.",
    codeLabel: "پیوند یا کد",
    startButton: "باز کردن خودارزیابی",
    codeInvalid: "این پیوند یا کد معتبر نیست. لطفاً آن را بررسی کنید و دوباره امتحان کنید.",
    notRegistered: "هنوز ثبت‌نام نکرده‌اید؟ اول ثبت‌نام کنید:",
  },
  ro: {
    quickLinks: "Linkuri rapide",
    register: "Sunteți nou aici? Înregistrați-vă",
    selfCheck: "Autoevaluare: de ce am nevoie?",
    nextEvents: "Următoarele evenimente",
    allEvents: "Toate evenimentele",
    selfCheckIntro:
      "În autoevaluare răspundeți la întrebări despre situația dumneavoastră, de exemplu despre limbă, muncă și familie. Așa consilierul vă poate ajuta mai bine.",
    selfCheckHowTo: "Linkul sau codul îl primiți de la consilierul dumneavoastră. Lipiți-l aici.",
    codeLabel: "Link sau cod",
    startButton: "Deschide autoevaluarea",
    codeInvalid: "Acesta nu este un link sau un cod valid. Verificați-l și încercați din nou.",
    notRegistered: "Nu v-ați înregistrat încă? Înregistrați-vă mai întâi:",
  },
  bg: {
    quickLinks: "Бързи връзки",
    register: "Нови сте тук? Регистрирайте се",
    selfCheck: "Самопроверка: от какво имам нужда?",
    nextEvents: "Предстоящи събития",
    allEvents: "Всички събития",
    selfCheckIntro:
      "В самопроверката отговаряте на въпроси за вашето положение, например за език, работа и семейство. Така вашият консултант може да ви помогне по-добре.",
    selfCheckHowTo: "Връзката или кода получавате от вашия консултант. Поставете го тук.",
    codeLabel: "Връзка или код",
    startButton: "Отвори самопроверката",
    codeInvalid: "Това не е валидна връзка или код. Моля, проверете го и опитайте отново.",
    notRegistered: "Още не сте регистрирани? Първо се регистрирайте:",
  },
  pl: {
    quickLinks: "Szybkie linki",
    register: "Jesteś tu nowy? Zarejestruj się",
    selfCheck: "Samoocena: czego potrzebuję?",
    nextEvents: "Najbliższe wydarzenia",
    allEvents: "Wszystkie wydarzenia",
    selfCheckIntro:
      "W samoocenie odpowiadasz na pytania o swoją sytuację, na przykład o język, pracę i rodzinę. Dzięki temu doradca może ci lepiej pomóc.",
    selfCheckHowTo: "Link lub kod otrzymasz od swojego doradcy. Wklej go tutaj.",
    codeLabel: "Link lub kod",
    startButton: "Otwórz samoocenę",
    codeInvalid: "To nie jest prawidłowy link ani kod. Sprawdź go i spróbuj ponownie.",
    notRegistered: "Nie masz jeszcze rejestracji? Najpierw się zarejestruj:",
  },
};
