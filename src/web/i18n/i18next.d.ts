import type { resources } from "./i18n.js";

/** Makes every translation key checked against the German catalogue at compile time. */
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: (typeof resources)["de"];
    returnNull: false;
  }
}
