import { useTranslation } from "react-i18next";
import { i18n } from "./i18n";

/** The interface text in the current language: `t("key")`; re-renders when the language changes. */
export function useText() {
  return useTranslation(undefined, { i18n });
}
