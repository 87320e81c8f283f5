import type { TContentLanguage } from "../../../common/portal/portal-content.js";

export type TOfflineTexts = {
  readAloud: string;
  stopReading: string;
  offlineTitle: string;
  offlineText: string;
  keptPages: string;
  feedbackQuestion: string;
  yes: string;
  no: string;
  feedbackThanks: string;
};

/** The words of read-aloud, the offline page and the feedback form in every content language. */
export const offlineTexts: Record<TContentLanguage, TOfflineTexts> = {
  de: {
    readAloud: "Vorlesen",
    stopReading: "Vorlesen beenden",
    offlineTitle: "Sie sind offline",
    offlineText:
      "Gerade gibt es keine Internetverbindung. Seiten, die Sie schon gelesen haben, können Sie weiter lesen.",
    keptPages: "Diese Seiten können Sie offline lesen:",
    feedbackQuestion: "War diese Seite hilfreich?",
    yes: "Ja",
    no: "Nein",
    feedbackThanks: "Danke für Ihre Rückmeldung!",
  },
  "de-x-easy": {
    readAloud: "Vorlesen",
    stopReading: "Vorlesen aufhören",
    offlineTitle: "Kein Internet",
    offlineText: "Sie haben gerade kein Internet. Seiten, die Sie schon gelesen haben, können Sie noch einmal lesen.",
    keptPages: "Diese Seiten können Sie ohne Internet lesen:",
    feedbackQuestion: "Hat Ihnen diese Seite geholfen?",
    yes: "Ja",
    no: "Nein",
    feedbackThanks: "Danke!",
  },
  en: {
    readAloud: "Read aloud",
    stopReading: "Stop reading",
    offlineTitle: "You are offline",
    offlineText: "There is no internet connection right now. You can still read the pages you have read before.",
    keptPages: "You can read these pages offline:",
    feedbackQuestion: "Was this page helpful?",
    yes: "Yes",
    no: "No",
    feedbackThanks: "Thank you for your feedback!",
  },
  uk: {
    readAloud: "Прочитати вголос",
    stopReading: "Зупинити читання",
    offlineTitle: "Ви офлайн",
    offlineText: "Зараз немає з’єднання з інтернетом. Сторінки, які ви вже читали, можна читати далі.",
    keptPages: "Ці сторінки можна читати офлайн:",
    feedbackQuestion: "Чи була ця сторінка корисною?",
    yes: "Так",
    no: "Ні",
    feedbackThanks: "Дякуємо за ваш відгук!",
  },
  ar: {
    readAloud: "القراءة بصوت عالٍ",
    stopReading: "إيقاف القراءة",
    offlineTitle: "أنت غير متصل بالإنترنت",
    offlineText: "لا يوجد اتصال بالإنترنت الآن. يمكنك مواصلة قراءة الصفحات التي قرأتها من قبل.",
    keptPages: "يمكنك قراءة هذه الصفحات دون إنترنت:",
    feedbackQuestion: "هل كانت هذه الصفحة مفيدة؟",
    yes: "نعم",
    no: "لا",
    feedbackThanks: "شكرًا على رأيك!",
  },
  tr: {
    readAloud: "Sesli oku",
    stopReading: "Okumayı durdur",
    offlineTitle: "Çevrimdışısınız",
    offlineText: "Şu anda internet bağlantısı yok. Daha önce okuduğunuz sayfaları okumaya devam edebilirsiniz.",
    keptPages: "Bu sayfaları çevrimdışı okuyabilirsiniz:",
    feedbackQuestion: "Bu sayfa işinize yaradı mı?",
    yes: "Evet",
    no: "Hayır",
    feedbackThanks: "Geri bildiriminiz için teşekkürler!",
  },
  ru: {
    readAloud: "Прочитать вслух",
    stopReading: "Остановить чтение",
    offlineTitle: "Вы не в сети",
    offlineText: "Сейчас нет подключения к интернету. Страницы, которые вы уже читали, можно читать дальше.",
    keptPages: "Эти страницы можно читать без интернета:",
    feedbackQuestion: "Была ли эта страница полезной?",
    yes: "Да",
    no: "Нет",
    feedbackThanks: "Спасибо за ваш отзыв!",
  },
  fa: {
    readAloud: "بلند خواندن",
    stopReading: "توقف خواندن",
    offlineTitle: "شما آفلاین هستید",
    offlineText: "الان اتصال اینترنت وجود ندارد. صفحه‌هایی را که قبلاً خوانده‌اید می‌توانید باز هم بخوانید.",
    keptPages: "این صفحه‌ها را بدون اینترنت می‌توانید بخوانید:",
    feedbackQuestion: "آیا این صفحه مفید بود؟",
    yes: "بله",
    no: "نه",
    feedbackThanks: "از نظر شما سپاسگزاریم!",
  },
  ro: {
    readAloud: "Citește cu voce tare",
    stopReading: "Oprește citirea",
    offlineTitle: "Sunteți offline",
    offlineText: "Acum nu există conexiune la internet. Puteți citi în continuare paginile pe care le-ați citit deja.",
    keptPages: "Puteți citi aceste pagini offline:",
    feedbackQuestion: "V-a fost de folos această pagină?",
    yes: "Da",
    no: "Nu",
    feedbackThanks: "Vă mulțumim pentru părere!",
  },
  bg: {
    readAloud: "Прочети на глас",
    stopReading: "Спри четенето",
    offlineTitle: "Вие сте офлайн",
    offlineText: "В момента няма връзка с интернет. Можете да продължите да четете страниците, които вече сте чели.",
    keptPages: "Можете да четете тези страници офлайн:",
    feedbackQuestion: "Беше ли полезна тази страница?",
    yes: "Да",
    no: "Не",
    feedbackThanks: "Благодарим за вашето мнение!",
  },
  pl: {
    readAloud: "Przeczytaj na głos",
    stopReading: "Zatrzymaj czytanie",
    offlineTitle: "Jesteś offline",
    offlineText: "Teraz nie ma połączenia z internetem. Strony otwarte wcześniej możesz nadal czytać.",
    keptPages: "Te strony możesz czytać offline:",
    feedbackQuestion: "Czy ta strona była pomocna?",
    yes: "Tak",
    no: "Nie",
    feedbackThanks: "Dziękujemy za opinię!",
  },
};
