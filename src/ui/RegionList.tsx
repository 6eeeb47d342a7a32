import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { LocalText } from "./LocalText";

/** Every region as a button, so the whole body is reachable without the canvas. */
export function RegionList() {
  const { t } = useText();
  const dataset = useDataset();
  const select = useAppStore((s) => s.select);
  const selection = useAppStore((s) => s.selection);
  return (
    <nav aria-label={t("start.regionsNav")}>
      <h2>{t("start.regions")}</h2>
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
                <LocalText text={region.name} />
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
