import { useMemo, useState } from "react";
import { Viewer } from "../scene/Viewer";
import { DatasetContext } from "../state/datasetContext";
import { DatasetErrorScreen } from "../ui/DatasetErrorScreen";
import { HoverLabel } from "../ui/HoverLabel";
import { SidePanel } from "../ui/SidePanel";
import { UpdatePrompt } from "../ui/UpdatePrompt";
import { ViewControls } from "../ui/ViewControls";
import { loadAppDataset } from "./loadAppDataset";
import { PreferencesSync } from "./PreferencesSync";
import { UrlSync } from "./UrlSync";

/** The whole app: the 3D viewer with its controls and the side panel, sharing one dataset and one store. */
export function App() {
  const result = useMemo(loadAppDataset, []);
  const [webgl, setWebgl] = useState(true);
  if (!result.ok) return <DatasetErrorScreen problems={result.problems} />;
  return (
    <DatasetContext.Provider value={result.dataset}>
      <UrlSync dataset={result.dataset} />
      <PreferencesSync />
      <div className="app">
        <section className="viewer" aria-label="3D body model">
          <Viewer webgl={webgl} onNoWebGL={() => setWebgl(false)} />
          <HoverLabel />
          {webgl && <ViewControls />}
        </section>
        <SidePanel />
      </div>
      <UpdatePrompt />
    </DatasetContext.Provider>
  );
}
