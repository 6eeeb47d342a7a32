import type { en } from "./locales/en";

declare module "i18next" {
  /** Makes `t` check its keys against the English messages. */
  interface CustomTypeOptions {
    resources: { translation: typeof en };
    returnNull: false;
  }
}
