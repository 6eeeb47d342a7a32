import translationLoaders from "virtual:dataset-translations";
import { useEffect, useMemo, useState } from "react";
import type { Dataset } from "../domain/datasetTypes";
import { type LocalizedDataset, localizeDataset } from "../domain/i18n/localizeDataset";
import type { Translation } from "../domain/i18n/translationSchema";
import { setInterfaceLanguage } from "../i18n/i18n";
import { useAppStore } from "../state/store";

/**
 * The dataset in the chosen language. A language's translation (one chunk, validated at build time)
 * loads the first time it is chosen; until it is there the previous language stays on screen. A
 * translation that cannot load leaves the English text, marked as English. Also keeps the interface
 * language and `<html lang>` in step with the store.
 */
export function useLocalizedDataset(english: Dataset): LocalizedDataset {
  const language = useAppStore((s) => s.language);
  const [loaded, setLoaded] = useState<Record<string, Translation | null>>({});
  useEffect(() => {
    setInterfaceLanguage(language);
    document.documentElement.lang = language;
    if (language === "en" || language in loaded) return;
    const load = translationLoaders[language];
    const settle = (translation: Translation | null) => setLoaded((all) => ({ ...all, [language]: translation }));
    if (!load) settle(null);
    else
      load()
        .then((module) => settle(module.default))
        .catch(() => settle(null));
  }, [language, loaded]);
  const ready = language === "en" || language in loaded;
  const current = useMemo(
    () => (ready ? localizeDataset(english, loaded[language] ?? undefined, language) : undefined),
    [english, loaded, language, ready],
  );
  const [shown, setShown] = useState<LocalizedDataset>(() => localizeDataset(english, undefined, "en"));
  useEffect(() => {
    if (current) setShown(current);
  }, [current]);
  return current ?? shown;
}
