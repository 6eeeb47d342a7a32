import { useMemo, useState } from "react";
import { Viewer } from "../scene/Viewer";
import { DatasetContext } from "../state/datasetContext";
import { readEmbedOptions } from "../state/embedOptions";
import { useAppStore } from "../state/store";
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

/**
 * The whole app: the 3D viewer with its controls and the side panel, sharing one dataset and one
 * store; with `?embed=1`, the same under a strip with the clinic's name and booking link. Study mode
 * takes the side panel's place; a chairside presentation covers the window.
 */
export function App() {
  const result = useMemo(loadAppDataset, []);
  const embed = useMemo(() => readEmbedOptions(window.location.search), []);
  const [webgl, setWebgl] = useState(true);
  const studyOpen = useAppStore((s) => s.studyOpen);
  if (!result.ok) return <DatasetErrorScreen problems={result.problems} />;
  return (
    <DatasetContext.Provider value={result.dataset}>
      <UrlSync dataset={result.dataset} />
      <PreferencesSync />
      <StudySync />
      <div className={embed ? "app app-embed" : "app"}>
        {embed && <EmbedBar options={embed} />}
        <section className="viewer" aria-label="3D body model">
          <Viewer webgl={webgl} onNoWebGL={() => setWebgl(false)} />
          <HoverLabel />
          {webgl && <ViewControls />}
          {webgl && <DangerZoneControls />}
        </section>
        {studyOpen ? <StudyPanel /> : <SidePanel />}
      </div>
      <PresentationView />
      <UpdatePrompt />
    </DatasetContext.Provider>
  );
}
