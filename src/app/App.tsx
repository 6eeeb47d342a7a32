import { useMemo } from "react";
import { Viewer } from "../scene/Viewer";
import { DatasetContext } from "../state/datasetContext";
import { DatasetErrorScreen } from "../ui/DatasetErrorScreen";
import { SidePanel } from "../ui/SidePanel";
import { loadAppDataset } from "./loadAppDataset";

/** The whole app: the 3D viewer and the side panel, sharing one dataset and one store. */
export function App() {
  const result = useMemo(loadAppDataset, []);
  if (!result.ok) return <DatasetErrorScreen problems={result.problems} />;
  return (
    <DatasetContext.Provider value={result.dataset}>
      <div className="app">
        <main className="viewer" aria-label="3D body model">
          <Viewer />
        </main>
        <SidePanel />
      </div>
    </DatasetContext.Provider>
  );
}
