import { useMemo, useState } from "react";
import type { Dataset } from "../domain/datasetTypes";
import { useText } from "../i18n/useText";
import { Viewer } from "../scene/Viewer";
import { DatasetContext, LocalizationContext } from "../state/datasetContext";
import { readEmbedOptions } from "../state/embedOptions";
import { DatasetErrorScreen } from "../ui/DatasetErrorScreen";
import { EmbedBar } from "../ui/EmbedBar";
import { HoverLabel } from "../ui/HoverLabel";
import { SidePanel } from "../ui/SidePanel";
import { UpdatePrompt } from "../ui/UpdatePrompt";
import { ViewControls } from "../ui/ViewControls";
import { type AppDatasetResult, loadAppDataset } from "./loadAppDataset";
import { PreferencesSync } from "./PreferencesSync";
import { UrlSync } from "./UrlSync";
import { useLocalizedDataset } from "./useLocalizedDataset";

/**
 * The whole app: the 3D viewer with its controls and the side panel, sharing one dataset and one
 * store; with `?embed=1`, the same under a strip with the clinic's name and booking link.
 */
export function App() {
  const result: AppDatasetResult = useMemo(loadAppDataset, []);
  if (!result.ok) return <DatasetErrorScreen problems={result.problems} />;
  return <Explorer dataset={result.dataset} />;
}

/**
 * The explorer over a valid dataset. The panels get the dataset in the chosen language; the 3D view
 * keeps the English one (its geometry never changes with the language).
 */
function Explorer({ dataset }: { dataset: Dataset }) {
  const embed = useMemo(() => readEmbedOptions(window.location.search), []);
  const [webgl, setWebgl] = useState(true);
  const localized = useLocalizedDataset(dataset);
  const { t } = useText();
  const localization = useMemo(
    () => ({ lang: localized.lang, english: localized.english, untranslated: localized.untranslated }),
    [localized],
  );
  return (
    <DatasetContext.Provider value={localized.dataset}>
      <LocalizationContext.Provider value={localization}>
        <UrlSync dataset={dataset} />
        <PreferencesSync />
        <div className={embed ? "app app-embed" : "app"}>
          {embed && <EmbedBar options={embed} />}
          <section className="viewer" aria-label={t("app.viewer")}>
            <DatasetContext.Provider value={dataset}>
              <Viewer webgl={webgl} onNoWebGL={() => setWebgl(false)} />
            </DatasetContext.Provider>
            <HoverLabel />
            {webgl && <ViewControls />}
          </section>
          <SidePanel />
        </div>
        <UpdatePrompt />
      </LocalizationContext.Provider>
    </DatasetContext.Provider>
  );
}
