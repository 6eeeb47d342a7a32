import { type MuscleSource, musclesOf } from "../../domain/queries/panelMuscles";
import { useDataset } from "../../state/datasetContext";
import { useAppStore } from "../../state/store";
import { enterFullscreen } from "./fullscreen";

const text = {
  muscle: "Present this muscle chairside",
  list: "Present these muscles chairside",
  hint: "Full screen; arrow keys or a swipe step through them, Esc leaves.",
} as const;

/**
 * Starts the chairside presentation (practitioners only) of a region's or a condition's muscles in
 * the panel's order, or of a muscle and its associated muscles, on full screen where allowed.
 */
export function PresentButton({ source }: { source: Exclude<MuscleSource, { kind: "all" }> }) {
  const dataset = useDataset();
  const practitioner = useAppStore((s) => s.audience === "practitioner");
  const start = useAppStore((s) => s.startPresentation);
  if (!practitioner) return null;
  const muscles = musclesOf(dataset, source);
  if (muscles.length === 0) return null;
  return (
    <p className="present-entry">
      <button
        type="button"
        className="secondary-button"
        onClick={() => {
          enterFullscreen();
          start(muscles, useAppStore.getState().selection);
        }}
      >
        {source.kind === "muscle" ? text.muscle : text.list}
      </button>
      <span className="hint">{text.hint}</span>
    </p>
  );
}
