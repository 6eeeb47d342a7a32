import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";

/** Every region as a button, so the whole body is reachable without the canvas. */
export function RegionList() {
  const dataset = useDataset();
  const select = useAppStore((s) => s.select);
  const selection = useAppStore((s) => s.selection);
  return (
    <nav aria-label="Body regions">
      <h2>Regions</h2>
      <ul className="chip-list">
        {dataset.regions.map((region) => {
          const current = selection?.kind === "region" && selection.id === region.id;
          return (
            <li key={region.id}>
              <button
                type="button"
                className="chip"
                aria-pressed={current}
                onClick={() => select({ kind: "region", id: region.id })}
              >
                {region.name}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
