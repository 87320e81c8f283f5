import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import type { TSearchKind } from "../search/search-hit.js";

/** The portal search's words in every content language: the header field, the results page, paging. */
export type TSearchTexts = {
  /** The search field's label and the results page's title. */
  search: string;
  button: string;
  /** "{count}" hits for "{query}". */
  resultCount: string;
  noResults: string;
  emptyQuery: string;
  /** The query was longer than the search reads. */
  tooLong: string;
  /** The kind filter: everything, or one kind. */
  kindFilter: string;
  all: string;
  kinds: Record<TSearchKind, string>;
  /** Paging: "Page {page} of {pages}". */
  pageOf: string;
  previous: string;
  next: string;
};

export const searchTexts: Record<TContentLanguage, TSearchTexts> = {
  de: {
    search: "Suche",
    button: "Suchen",
    resultCount: "{count} Treffer für „{query}“",
    noResults: "Dazu haben wir nichts gefunden. Versuchen Sie ein anderes Wort.",
    emptyQuery: "Schreiben Sie, was Sie suchen, zum Beispiel „Arzt“ oder „Deutschkurs“.",
    tooLong: "Ihre Suche war sehr lang. Wir haben nur den Anfang gesucht.",
    kindFilter: "Was suchen Sie?",
    all: "Alles",
    kinds: { page: "Seiten", event: "Veranstaltungen", place: "Orte", offer: "Angebote" },
    pageOf: "Seite {page} von {pages}",
    previous: "Zurück",
    next: "Weiter",
  },
  "de-x-easy": {
    search: "Suchen",
    button: "Suchen",
    resultCount: "Wir haben {count} Ergebnisse für „{query}“ gefunden.",
    noResults: "Wir haben nichts gefunden. Schreiben Sie ein anderes Wort.",
    emptyQuery: "Schreiben Sie ein Wort. Zum Beispiel: Arzt.",
    tooLong: "Ihr Text war sehr lang. Wir haben nur den Anfang gesucht.",
    kindFilter: "Was suchen Sie?",
    all: "Alles",
    kinds: { page: "Seiten", event: "Termine", place: "Orte", offer: "Angebote" },
    pageOf: "Seite {page} von {pages}",
    previous: "Zurück",
    next: "Weiter",
  },
  en: {
    search: "Search",
    button: "Search",
    resultCount: "{count} results for “{query}”",
    noResults: "We found nothing for this. Try another word.",
    emptyQuery: "Type what you are looking for, for example “doctor” or “German course”.",
    tooLong: "Your search was very long. We searched for its beginning only.",
    kindFilter: "What are you looking for?",
    all: "Everything",
    kinds: { page: "Pages", event: "Events", place: "Places", offer: "Offers" },
    pageOf: "Page {page} of {pages}",
    previous: "Previous",
    next: "Next",
  },
  uk: {
    search: "Пошук",
    button: "Шукати",
    resultCount: "Знайдено {count} за запитом «{query}»",
    noResults: "Нічого не знайдено. Спробуйте інше слово.",
    emptyQuery: "Напишіть, що ви шукаєте, наприклад «лікар» або «курс німецької».",
    tooLong: "Запит був дуже довгим. Ми шукали лише його початок.",
    kindFilter: "Що ви шукаєте?",
    all: "Усе",
    kinds: { page: "Сторінки", event: "Заходи", place: "Місця", offer: "Пропозиції" },
    pageOf: "Сторінка {page} з {pages}",
    previous: "Назад",
    next: "Далі",
  },
  ar: {
    search: "بحث",
    button: "ابحث",
    resultCount: "{count} نتيجة لـ «{query}»",
    noResults: "لم نجد شيئاً. جرّب كلمة أخرى.",
    emptyQuery: "اكتب ما تبحث عنه، مثلاً «طبيب» أو «دورة لغة ألمانية».",
    tooLong: "كان بحثك طويلاً جداً. بحثنا عن بدايته فقط.",
    kindFilter: "عمّ تبحث؟",
    all: "الكل",
    kinds: { page: "صفحات", event: "فعاليات", place: "أماكن", offer: "عروض" },
    pageOf: "الصفحة {page} من {pages}",
    previous: "السابق",
    next: "التالي",
  },
  tr: {
    search: "Arama",
    button: "Ara",
    resultCount: "“{query}” için {count} sonuç",
    noResults: "Bir şey bulamadık. Başka bir kelime deneyin.",
    emptyQuery: "Ne aradığınızı yazın, örneğin “doktor” veya “Almanca kursu”.",
    tooLong: "Aramanız çok uzundu. Yalnızca başını aradık.",
    kindFilter: "Ne arıyorsunuz?",
    all: "Hepsi",
    kinds: { page: "Sayfalar", event: "Etkinlikler", place: "Yerler", offer: "Teklifler" },
    pageOf: "Sayfa {page} / {pages}",
    previous: "Geri",
    next: "İleri",
  },
  ru: {
    search: "Поиск",
    button: "Искать",
    resultCount: "Найдено {count} по запросу «{query}»",
    noResults: "Ничего не найдено. Попробуйте другое слово.",
    emptyQuery: "Напишите, что вы ищете, например «врач» или «курс немецкого».",
    tooLong: "Запрос был очень длинным. Мы искали только его начало.",
    kindFilter: "Что вы ищете?",
    all: "Всё",
    kinds: { page: "Страницы", event: "Мероприятия", place: "Места", offer: "Предложения" },
    pageOf: "Страница {page} из {pages}",
    previous: "Назад",
    next: "Далее",
  },
  fa: {
    search: "جستجو",
    button: "جستجو کن",
    resultCount: "{count} نتیجه برای «{query}»",
    noResults: "چیزی پیدا نکردیم. کلمه دیگری را امتحان کنید.",
    emptyQuery: "بنویسید دنبال چه هستید، مثلاً «پزشک» یا «کلاس زبان آلمانی».",
    tooLong: "جستجوی شما خیلی طولانی بود. فقط ابتدای آن را جستجو کردیم.",
    kindFilter: "دنبال چه هستید؟",
    all: "همه",
    kinds: { page: "صفحه‌ها", event: "رویدادها", place: "مکان‌ها", offer: "پیشنهادها" },
    pageOf: "صفحه {page} از {pages}",
    previous: "قبلی",
    next: "بعدی",
  },
  ro: {
    search: "Căutare",
    button: "Caută",
    resultCount: "{count} rezultate pentru „{query}”",
    noResults: "Nu am găsit nimic. Încercați alt cuvânt.",
    emptyQuery: "Scrieți ce căutați, de exemplu „medic” sau „curs de germană”.",
    tooLong: "Căutarea a fost foarte lungă. Am căutat doar începutul ei.",
    kindFilter: "Ce căutați?",
    all: "Tot",
    kinds: { page: "Pagini", event: "Evenimente", place: "Locuri", offer: "Oferte" },
    pageOf: "Pagina {page} din {pages}",
    previous: "Înapoi",
    next: "Înainte",
  },
  bg: {
    search: "Търсене",
    button: "Търси",
    resultCount: "{count} резултата за „{query}“",
    noResults: "Не намерихме нищо. Опитайте с друга дума.",
    emptyQuery: "Напишете какво търсите, например „лекар“ или „курс по немски“.",
    tooLong: "Търсенето беше много дълго. Търсихме само началото му.",
    kindFilter: "Какво търсите?",
    all: "Всичко",
    kinds: { page: "Страници", event: "Събития", place: "Места", offer: "Предложения" },
    pageOf: "Страница {page} от {pages}",
    previous: "Назад",
    next: "Напред",
  },
  pl: {
    search: "Szukaj",
    button: "Szukaj",
    resultCount: "{count} wyników dla „{query}”",
    noResults: "Nic nie znaleźliśmy. Spróbuj innego słowa.",
    emptyQuery: "Napisz, czego szukasz, na przykład „lekarz” albo „kurs niemieckiego”.",
    tooLong: "Wyszukiwanie było bardzo długie. Szukaliśmy tylko jego początku.",
    kindFilter: "Czego szukasz?",
    all: "Wszystko",
    kinds: { page: "Strony", event: "Wydarzenia", place: "Miejsca", offer: "Oferty" },
    pageOf: "Strona {page} z {pages}",
    previous: "Wstecz",
    next: "Dalej",
  },
};
