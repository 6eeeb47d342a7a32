import { lazy, Suspense, useEffect, useRef } from "react";
import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { ConditionPanel } from "./ConditionPanel";
import { ErrorBoundary } from "./ErrorBoundary";
import { HandoutButton } from "./HandoutButton";
import { LocalText } from "./LocalText";
import { MusclePanel } from "./MusclePanel";
import { NoticeBanner } from "./NoticeBanner";
import { PrintButton } from "./PrintButton";
import { RegionPanel } from "./RegionPanel";
import { SafetyPanel } from "./SafetyPanel";
import { SearchBox } from "./SearchBox";
import { StartPanel } from "./StartPanel";
import { selectionName } from "./selectionName";

/** The pain drawing's panel and its lookup load only when first needed. */
const PainPanel = lazy(() => import("./PainPanel").then((module) => ({ default: module.PainPanel })));

/** After a crash in the panel: the start view, out of pain mode (the pain drawing's panel may be what failed). */
const backToStart = () => useAppStore.setState({ selection: null, painMode: false, painSpots: [] });

const kindKey = {
  region: "kind.region",
  muscle: "kind.muscle",
  condition: "kind.condition",
  topic: "kind.safety",
} as const;

/**
 * The side panel (a bottom sheet on phones): search, then the selected item with its name as the
 * heading. A new selection starts at the top, with its title in view.
 */
export function SidePanel() {
  const { t } = useText();
  const dataset = useDataset();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const painView = useAppStore((s) => s.painMode || s.painSpots.length > 0);
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (selection?.kind === "topic") return;
    if (panel.current) panel.current.scrollTop = 0;
    const top = heading.current?.getBoundingClientRect().top ?? 0;
    if (top < 0 || top > window.innerHeight - 40) heading.current?.scrollIntoView?.({ block: "start" });
  }, [selection]);
  return (
    <main className="side-panel" aria-labelledby="panel-heading" ref={panel}>
      <SearchBox />
      <NoticeBanner />
      <header className="panel-header">
        {selection && <p className="kicker">{t(kindKey[selection.kind])}</p>}
        <h1 id="panel-heading" ref={heading}>
          {selection ? <LocalText text={selectionName(dataset, selection, t)} /> : t("start.heading")}
        </h1>
        {selection && (
          <button type="button" className="link-button" onClick={() => select(null)}>
            {painView ? t("panel.backToDrawing") : t("panel.backToStart")}
          </button>
        )}
      </header>
      <ErrorBoundary scope="panel" onBackToStart={backToStart} resetKey={selection}>
        {!selection &&
          (painView ? (
            <Suspense fallback={<p className="hint">{t("panel.loadingPainTools")}</p>}>
              <PainPanel />
            </Suspense>
          ) : (
            <StartPanel />
          ))}
        {selection?.kind === "region" && <RegionPanel id={selection.id} />}
        {selection?.kind === "muscle" && <MusclePanel id={selection.id} />}
        {selection?.kind === "condition" && <ConditionPanel id={selection.id} />}
        {selection?.kind === "topic" && <SafetyPanel id={selection.id} />}
        {selection?.kind === "muscle" && (
          <HandoutButton
            kind="muscle"
            muscle={selection.side ? { id: selection.id, side: selection.side } : { id: selection.id }}
          />
        )}
        {selection && selection.kind !== "muscle" && <PrintButton />}
      </ErrorBoundary>
      <footer className="disclaimer">
        <p>
          <LocalText text={dataset.safety.disclaimer} />
        </p>
      </footer>
    </main>
  );
}
