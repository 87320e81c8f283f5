import { offerCategories, type TOfferCategory } from "../../../common/offers/offer.js";
import type { TOfferSearchItem, TOfferSearchPage, TPublicOffer } from "../../../common/offers/offer-search-schemas.js";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { html, SafeHtml } from "../../arrival/self-registration/html.js";
import { formatPortalText } from "../../arrival/self-registration/portal-texts.js";
import { renderContentFrame } from "./content-frame.js";
import { inLanguage } from "./content-pages.js";
import { contentTexts } from "./content-texts.js";
import { offerJsonLd } from "./json-ld.js";
import { offerCategoryTexts } from "./offer-category-texts.js";
import { offerTexts } from "./offer-texts.js";
import { intlLocale } from "./portal-dates.js";
import { searchTexts } from "./search-texts.js";
import { inlineIn, langAttribute, marks, offerPath, offersPath, type TUnit, unitCrumbs } from "./view-parts.js";

/** What the reader filtered the offers by. */
export type TOfferListAsked = { words: string; category: TOfferCategory | null; page: number };

type TOfferFacts = Pick<
  TOfferSearchItem,
  "isOnline" | "city" | "municipalityName" | "freePlaces" | "hasChildcare" | "isBarrierFree" | "costKind"
>;

function offerMarks(language: TContentLanguage, offer: TOfferFacts) {
  const texts = offerTexts[language];
  return marks([
    texts.costs[offer.costKind],
    offer.isOnline && texts.online,
    offer.freePlaces !== null &&
      (offer.freePlaces > 0 ? formatPortalText(texts.freePlaces, { count: offer.freePlaces }) : texts.full),
    offer.hasChildcare && texts.childcare,
    offer.isBarrierFree && texts.barrierFree,
  ]);
}

const placeOf = (offer: TOfferFacts) => offer.city ?? offer.municipalityName;

function listAddress(language: TContentLanguage, unit: TUnit, asked: TOfferListAsked, page: number): string {
  const query = new URLSearchParams();
  if (asked.words) query.set("q", asked.words);
  if (asked.category) query.set("category", asked.category);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `${offersPath(language, unit.key)}?${search}` : offersPath(language, unit.key);
}

function filterForm(language: TContentLanguage, unit: TUnit, asked: TOfferListAsked): SafeHtml {
  const texts = offerTexts[language];
  const words = searchTexts[language];
  const options = [
    html`<option value=""${asked.category === null ? html` selected` : ""}>${texts.allCategories}</option>`,
    ...offerCategories.map(
      (category) =>
        html`<option value="${category}"${asked.category === category ? html` selected` : ""}>${offerCategoryTexts[language][category]}</option>`,
    ),
  ];
  return html`<form role="search" aria-label="${texts.offersTitle}" action="${offersPath(language, unit.key)}" method="get">
<p><label for="offer-words">${words.search}</label><br><input id="offer-words" type="search" name="q" maxlength="100" value="${asked.words}"></p>
<p><label for="offer-category">${texts.category}</label><br><select id="offer-category" name="category">${options}</select></p>
<p><button type="submit">${words.button}</button></p>
</form>`;
}

function paging(language: TContentLanguage, unit: TUnit, asked: TOfferListAsked, result: TOfferSearchPage) {
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  if (pages === 1) return "";
  const texts = searchTexts[language];
  const page = result.page;
  return html`<nav aria-label="${formatPortalText(texts.pageOf, { page, pages })}"><ul>${
    page > 1
      ? html`<li><a href="${listAddress(language, unit, asked, page - 1)}" rel="prev">${texts.previous}</a></li>`
      : ""
  }<li aria-current="page">${formatPortalText(texts.pageOf, { page, pages })}</li>${
    page < pages
      ? html`<li><a href="${listAddress(language, unit, asked, page + 1)}" rel="next">${texts.next}</a></li>`
      : ""
  }</ul></nav>`;
}

/** The offers of the unit's district and online ones: words and kind as a GET form, twenty a page. */
export function renderOfferList(
  language: TContentLanguage,
  unit: TUnit,
  asked: TOfferListAsked,
  result: TOfferSearchPage,
): string {
  const texts = offerTexts[language];
  const items = result.items.map((offer) => {
    const other = langAttribute(offer.language, language);
    const where = placeOf(offer);
    return html`<li><a href="${offerPath(language, unit.key, offer.id)}"${other}>${offer.title}</a><br>${offerCategoryTexts[language][offer.category]} · <span lang="de">${offer.providerName}</span>${
      where ? html` · <span lang="de">${where}</span>` : ""
    }${offerMarks(language, offer)}</li>`;
  });
  return renderContentFrame({
    language,
    title: texts.offersTitle,
    pathIn: (other) => listAddress(other, unit, asked, asked.page),
    searchUnitKey: unit.key,
    crumbs: unitCrumbs(language, unit),
    body: html`${filterForm(language, unit, asked)}${
      items.length === 0
        ? html`<p role="status">${texts.noOffers}</p>`
        : html`<p role="status">${
            asked.words
              ? formatPortalText(searchTexts[language].resultCount, { count: result.total, query: asked.words })
              : formatPortalText(texts.offerCount, { count: result.total })
          }</p><ul>${items}</ul>${paging(language, unit, asked, result)}`
    }`,
  });
}

function formatDate(language: TContentLanguage, day: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

function whenLine(language: TContentLanguage, offer: TPublicOffer): string {
  const parts: string[] = [offerTexts[language].schedules[offer.scheduleKind]];
  if (offer.startsOn)
    parts.push(
      offer.endsOn
        ? `${formatDate(language, offer.startsOn)} – ${formatDate(language, offer.endsOn)}`
        : formatDate(language, offer.startsOn),
    );
  if (offer.startTime) parts.push(offer.endTime ? `${offer.startTime}–${offer.endTime}` : offer.startTime);
  return parts.join(", ");
}

function languageNames(language: TContentLanguage, codes: string[]): string {
  const names = new Intl.DisplayNames([intlLocale(language)], { type: "language", fallback: "code" });
  return codes.map((code) => names.of(code) ?? code).join(", ");
}

function costLine(language: TContentLanguage, offer: TPublicOffer): string {
  const amount =
    offer.costAmountEur === null
      ? ""
      : ` (${new Intl.NumberFormat(intlLocale(language), { style: "currency", currency: "EUR" }).format(offer.costAmountEur)})`;
  return `${offerTexts[language].costs[offer.costKind]}${amount}`;
}

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

function contactLines(offer: TPublicOffer): SafeHtml[] {
  return [
    offer.contactName ? html`<span lang="de">${offer.contactName}</span>` : null,
    offer.contactPhone ? html`<a href="${telHref(offer.contactPhone)}">${offer.contactPhone}</a>` : null,
    offer.contactEmail ? html`<a href="mailto:${offer.contactEmail}">${offer.contactEmail}</a>` : null,
    offer.contactUrl ? html`<a href="${offer.contactUrl}">${offer.contactUrl}</a>` : null,
  ].filter((line): line is SafeHtml => line !== null);
}

/** One offer: facts as a definition list, the provider's description, contact and schema.org data. */
export function renderOfferDetail(language: TContentLanguage, unit: TUnit, offer: TPublicOffer, url: string): string {
  const texts = offerTexts[language];
  const notice =
    offer.language === language ? "" : html`<p class="notice" role="note">${contentTexts[language].fallbackNotice}</p>`;
  const address = [offer.street, [offer.postalCode, offer.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const where = offer.isOnline ? texts.online : address || offer.municipalityName || "";
  const contact = contactLines(offer);
  const facts = html`<dl>
<dt>${texts.provider}</dt><dd lang="de">${offer.providerName}</dd>
<dt>${texts.category}</dt><dd>${offerCategoryTexts[language][offer.category]}</dd>
${where ? html`<dt>${texts.where}</dt><dd>${where}</dd>` : ""}
<dt>${texts.when}</dt><dd>${whenLine(language, offer)}</dd>
${offer.languages.length > 0 ? html`<dt>${texts.languages}</dt><dd>${languageNames(language, offer.languages)}</dd>` : ""}
<dt>${texts.costsLabel}</dt><dd>${costLine(language, offer)}${offer.costNote ? html`<br>${inlineIn(offer.language, language, offer.costNote)}` : ""}</dd>
${offer.prerequisites ? html`<dt>${texts.prerequisites}</dt><dd>${inlineIn(offer.language, language, offer.prerequisites)}</dd>` : ""}
${contact.length > 0 ? html`<dt>${texts.contact}</dt><dd>${contact.map((line, index) => (index === 0 ? line : html`<br>${line}`))}</dd>` : ""}
</dl>`;
  return renderContentFrame({
    language,
    title: offer.title,
    titleLanguage: offer.language,
    pathIn: (other) => offerPath(other, unit.key, offer.id),
    searchUnitKey: unit.key,
    crumbs: unitCrumbs(language, unit, { label: texts.offersTitle, href: offersPath(language, unit.key) }),
    body: html`${notice}${offerMarks(language, offer)}${facts}${inLanguage(offer.language, language, new SafeHtml(offer.description))}
${offerJsonLd(offer, url)}`,
  });
}
