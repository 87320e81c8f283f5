import { sql } from "drizzle-orm";
import type { TDb } from "../../src/server/platform/db/database.js";
import { municipalUnits } from "../../src/server/platform/reference/reference-tables.js";
import { portalPages, portalPageTexts } from "../../src/server/portal/pages/page-tables.js";

const arabicBody = `<h2>أول ما تفعله بعد الوصول</h2>
<p>مرحبًا بك في الدائرة. في الأسابيع الأولى هناك بعض الأمور المهمة التي يجب أن تقوم بها. خذ معك دائمًا جواز السفر أو وثيقة الإقامة وعقد السكن.</p>
<p>يجب عليك تسجيل عنوانك في مكتب المواطنين في بلديتك خلال أسبوعين من الانتقال إلى السكن. التسجيل مجاني. بعد ذلك تحصل على شهادة التسجيل، وتحتاجها لفتح حساب بنكي وللتأمين الصحي.</p>
<ul>
<li>سجّل عنوانك في مكتب المواطنين.</li>
<li>افتح حسابًا بنكيًا.</li>
<li>اختر شركة التأمين الصحي.</li>
<li>سجّل في دورة اللغة الألمانية (Sprachkurs) لدى مدرسة تعليم الكبار.</li>
<li>اسأل عن روضة الأطفال أو المدرسة لأطفالك.</li>
</ul>
<p>إذا كانت لديك أسئلة، يمكنك زيارة مكتب الاستشارة للمهاجرين. الاستشارة مجانية وسرية، ويمكن أن يحضر مترجم إذا طلبت ذلك قبل الموعد.</p>
<h3>أرقام مهمة</h3>
<p>في حالة الطوارئ اتصل بالرقم <a href="tel:112">112</a>. خدمة الطبيب المناوب: <a href="tel:116117">116 117</a>.</p>`;

const germanBody = `<h2>Das Erste nach der Ankunft</h2>
<p>Melden Sie Ihre Adresse innerhalb von zwei Wochen im Bürgerbüro an. Eröffnen Sie ein Konto, wählen Sie eine Krankenkasse und melden Sie sich zu einem Sprachkurs an.</p>
<ul><li>Bürgerbüro</li><li>Konto</li><li>Krankenkasse</li><li>Sprachkurs an der Volkshochschule</li></ul>`;

/**
 * A realistic first-steps page of a municipality, published, in German and Arabic (a few paragraphs
 * and a list), written straight into the tables: the bench reads pages, it does not measure editing.
 */
export async function seedBenchPage(db: TDb): Promise<{ unitKey: string; slug: string }> {
  const [unit] = await db.select({ key: municipalUnits.key }).from(municipalUnits).orderBy(municipalUnits.key).limit(1);
  if (!unit) throw new Error("no municipal unit in the reference data");
  const slug = `bench-erste-schritte-${Date.now().toString(36)}`;
  const [page] = await db
    .insert(portalPages)
    .values({ ownerUnitKey: unit.key, topic: "first_steps", slug, status: "published", germanVersion: 1 })
    .returning({ id: portalPages.id });
  if (!page) throw new Error("bench page not created");
  await db.insert(portalPageTexts).values([
    { pageId: page.id, language: "de", title: "Erste Schritte", summary: "Was Sie zuerst tun", bodyHtml: germanBody },
    {
      pageId: page.id,
      language: "ar",
      title: "الخطوات الأولى",
      summary: "ما الذي تفعله أولًا",
      bodyHtml: arabicBody,
      sourceVersion: 1,
    },
  ]);
  await db.execute(sql`analyze portal_pages`);
  return { unitKey: unit.key, slug };
}
