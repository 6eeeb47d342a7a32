import { lazy, Suspense, useMemo, useState } from "react";
import { Viewer } from "../scene/Viewer";
import { DatasetContext } from "../state/datasetContext";
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
import { loadAppDataset } from "./loadAppDataset";
import { PreferencesSync } from "./PreferencesSync";
import { StudySync } from "./StudySync";
import { UrlSync } from "./UrlSync";

/** The patient handout (with its QR code library) loads when first opened. */
const HandoutDialog = lazy(() => import("../ui/HandoutDialog").then((module) => ({ default: module.HandoutDialog })));

/**
 * The whole app: the header with the audience switch, the 3D viewer with its controls and the side
 * panel (or, in study mode, the study panel in its place), sharing one dataset and one store; the
 * patient handout over them when it is open, and the chairside presentation covering the window;
 * with `?embed=1`, the same under a strip with the clinic's name and booking link.
 */
export function App() {
  const result = useMemo(loadAppDataset, []);
  const embed = useMemo(() => readEmbedOptions(window.location.search), []);
  const [webgl, setWebgl] = useState(true);
  const handoutOpen = useAppStore((s) => s.handout !== null);
  const studyOpen = useAppStore((s) => s.studyOpen);
  if (!result.ok) return <DatasetErrorScreen problems={result.problems} />;
  return (
    <DatasetContext.Provider value={result.dataset}>
      <UrlSync dataset={result.dataset} />
      <PreferencesSync />
      <StudySync />
      <div className={embed ? "app app-embed" : "app"} inert={handoutOpen}>
        {embed && <EmbedBar options={embed} />}
        <AppHeader />
        <section className="viewer" aria-label="3D body model">
          <Viewer webgl={webgl} onNoWebGL={() => setWebgl(false)} />
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
    </DatasetContext.Provider>
  );
}
