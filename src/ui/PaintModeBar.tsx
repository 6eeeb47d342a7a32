import { useAppStore } from "../state/store";

/** While painting: the one paint/erase control and a clear way out ("Done"), on the body's view itself. */
export function PaintModeBar() {
  const painMode = useAppStore((s) => s.painMode);
  const tool = useAppStore((s) => s.painTool);
  const setPainTool = useAppStore((s) => s.setPainTool);
  const setPainMode = useAppStore((s) => s.setPainMode);
  if (!painMode) return null;
  return (
    <fieldset className="paint-bar">
      <legend>Painting</legend>
      <button type="button" aria-pressed={tool === "paint"} onClick={() => setPainTool("paint")}>
        Paint
      </button>
      <button type="button" aria-pressed={tool === "erase"} onClick={() => setPainTool("erase")}>
        Erase
      </button>
      <button type="button" className="done-button" onClick={() => setPainMode(false)}>
        Done
      </button>
    </fieldset>
  );
}
