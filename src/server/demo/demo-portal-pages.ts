import type { TContentLanguage, TPortalTopic } from "../../common/portal/portal-content.js";
import type { TDbExecutor } from "../platform/db/database.js";
import { portalPages, portalPageTextHistory, portalPageTexts } from "../portal/pages/page-tables.js";
import type { TRandom } from "./random.js";

type TDemoText = { title: string; summary: string; bodyHtml: string };
type TDemoPage = {
  topic: TPortalTopic;
  slug: string;
  /** The German text's version; a translation made from an older one is "outdated". */
  germanVersion: number;
  texts: Partial<Record<TContentLanguage, TDemoText & { sourceVersion?: number }>>;
};

/** District-wide pages shown in every municipality, in German and some translations (invented, plain texts). */
const demoPages: TDemoPage[] = [
  {
    topic: "first_steps",
    slug: "erste-schritte",
    germanVersion: 1,
    texts: {
      de: {
        title: "Erste Schritte im Landkreis",
        summary: "Was Sie in den ersten Tagen erledigen.",
        bodyHtml:
          "<h2>Anmelden</h2><p>Melden Sie Ihre Wohnung innerhalb von zwei Wochen im Bürgerbüro Ihrer Gemeinde an.</p><h2>Beratung</h2><p>Die Migrationsberatung hilft Ihnen kostenlos bei allen Fragen.</p>",
      },
      en: {
        title: "First steps in the district",
        summary: "What to do in your first days.",
        bodyHtml:
          "<h2>Register</h2><p>Register your flat at your municipality's citizens' office within two weeks.</p><h2>Counselling</h2><p>Migration counselling helps you with all questions, free of charge.</p>",
      },
      uk: {
        title: "Перші кроки в окрузі",
        summary: "Що зробити в перші дні.",
        bodyHtml:
          "<h2>Реєстрація</h2><p>Зареєструйте своє житло в бюро громадян вашої громади протягом двох тижнів.</p><h2>Консультація</h2><p>Міграційна консультація безкоштовно допоможе вам з усіма питаннями.</p>",
      },
      ar: {
        title: "الخطوات الأولى في المقاطعة",
        summary: "ما عليك فعله في أيامك الأولى.",
        bodyHtml:
          "<h2>التسجيل</h2><p>سجّل مسكنك في مكتب المواطنين في بلديتك خلال أسبوعين.</p><h2>الاستشارة</h2><p>تساعدك استشارة الهجرة مجانًا في جميع الأسئلة.</p>",
      },
    },
  },
  {
    topic: "health",
    slug: "arzt-und-krankenversicherung",
    germanVersion: 2,
    texts: {
      de: {
        title: "Arzt und Krankenversicherung",
        summary: "So finden Sie eine Hausarztpraxis.",
        bodyHtml:
          '<p>Mit Ihrer Gesundheitskarte gehen Sie zuerst zu einer Hausarztpraxis. Abends und am Wochenende hilft der ärztliche Bereitschaftsdienst: <a href="tel:116117">116 117</a>.</p>',
      },
      en: {
        title: "Doctors and health insurance",
        summary: "How to find a family doctor.",
        bodyHtml:
          '<p>With your health card, go to a family doctor first. In the evening and at weekends, call the on-call medical service: <a href="tel:116117">116 117</a>.</p>',
        sourceVersion: 1,
      },
    },
  },
  {
    topic: "emergencies",
    slug: "notfall",
    germanVersion: 1,
    texts: {
      de: {
        title: "Im Notfall",
        summary: "Notrufnummern, kostenlos von jedem Telefon.",
        bodyHtml:
          '<ul><li>Feuerwehr und Rettungsdienst: <a href="tel:112">112</a></li><li>Polizei: <a href="tel:110">110</a></li><li>Ärztlicher Bereitschaftsdienst: <a href="tel:116117">116 117</a></li></ul>',
      },
      en: {
        title: "In an emergency",
        summary: "Emergency numbers, free from any phone.",
        bodyHtml:
          '<ul><li>Fire brigade and ambulance: <a href="tel:112">112</a></li><li>Police: <a href="tel:110">110</a></li><li>On-call doctor: <a href="tel:116117">116 117</a></li></ul>',
      },
    },
  },
];

/** Writes the demo's district-wide portal pages, published, with their texts and history. */
export async function insertDemoPortalPages(executor: TDbExecutor, random: TRandom): Promise<number> {
  for (const [position, page] of demoPages.entries()) {
    const id = random.uuid();
    await executor.insert(portalPages).values({
      id,
      ownerUnitKey: null,
      topic: page.topic,
      slug: page.slug,
      position,
      status: "published",
      germanVersion: page.germanVersion,
    });
    const rows = Object.entries(page.texts).map(([language, text]) => ({
      pageId: id,
      language: language as TContentLanguage,
      title: text.title,
      summary: text.summary,
      bodyHtml: text.bodyHtml,
      textVersion: language === "de" ? page.germanVersion : 1,
      sourceVersion: language === "de" ? null : (text.sourceVersion ?? page.germanVersion),
    }));
    await executor.insert(portalPageTexts).values(rows);
    await executor.insert(portalPageTextHistory).values(rows.map((row) => ({ id: random.uuid(), ...row })));
  }
  return demoPages.length;
}
