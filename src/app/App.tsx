import { lazy, Suspense, useMemo, useState } from "react";
import type { Dataset } from "../domain/datasetTypes";
import { useText } from "../i18n/useText";
import { Viewer } from "../scene/Viewer";
import { DatasetContext, LocalizationContext } from "../state/datasetContext";
import { readEmbedOptions } from "../state/embedOptions";
import { useAppStore } from "../state/store";
import { AppHeader } from "../ui/AppHeader";
import { DangerZoneControls } from "../ui/DangerZoneControls";
import { DatasetErrorScreen } from "../ui/DatasetErrorScreen";
import { EmbedBar } from "../ui/EmbedBar";
import { HoverLabel } from "../ui/HoverLabel";
import { PresentationView } from "../ui/presentation/PresentationView";
import { SidePanel } from "../ui/SidePanel";
import { StudyPanel } from "../ui/study/StudyPanel";
import { UpdatePrompt } from "../ui/UpdatePrompt";
import { ViewControls } from "../ui/ViewControls";
import { type AppDatasetResult, loadAppDataset } from "./loadAppDataset";
import { PreferencesSync } from "./PreferencesSync";
import { StudySync } from "./StudySync";
import { UrlSync } from "./UrlSync";
import { useLocalizedDataset } from "./useLocalizedDataset";

/** The patient handout (with its QR code library) loads when first opened. */
const HandoutDialog = lazy(() => import("../ui/HandoutDialog").then((module) => ({ default: module.HandoutDialog })));

/**
 * The whole app: the header with the language menu and the audience switch, the 3D viewer with its
 * controls and the side panel (or, in study mode, the study panel in its place), sharing one dataset
 * and one store; the patient handout over them when it is open, and the chairside presentation
 * covering the window; with `?embed=1`, the same under a strip with the clinic's name and booking link.
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
  const handoutOpen = useAppStore((s) => s.handout !== null);
  const studyOpen = useAppStore((s) => s.studyOpen);
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
        <StudySync />
        <div className={embed ? "app app-embed" : "app"} inert={handoutOpen}>
          {embed && <EmbedBar options={embed} />}
          <AppHeader />
          <section className="viewer" aria-label={t("app.viewer")}>
            <DatasetContext.Provider value={dataset}>
              <Viewer webgl={webgl} onNoWebGL={() => setWebgl(false)} />
            </DatasetContext.Provider>
            <HoverLabel />
            {webgl && <ViewControls />}
            {webgl && <DangerZoneControls />}
          </section>
          {studyOpen ? <StudyPanel /> : <SidePanel />}
        </div>
        {handoutOpen && (
          <Suspense fallback={null}>
            <HandoutDialog picturesPossible={webgl} />
          </Suspense>
        )}
        <PresentationView />
        <UpdatePrompt />
      </LocalizationContext.Provider>
    </DatasetContext.Provider>
  );
}
