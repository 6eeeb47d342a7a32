import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { RegionList } from "./RegionList";
import { selectionName } from "./selectionName";

/** The side panel: the selected item's name as its heading, then the region list. */
export function SidePanel() {
  const dataset = useDataset();
  const selection = useAppStore((s) => s.selection);
  const heading = selection ? selectionName(dataset, selection) : "Where does it hurt?";
  return (
    <aside className="side-panel" aria-labelledby="panel-heading">
      <h1 id="panel-heading">{heading}</h1>
      {!selection && <p className="hint">Click a part of the body, or pick a region below.</p>}
      <RegionList />
    </aside>
  );
}
