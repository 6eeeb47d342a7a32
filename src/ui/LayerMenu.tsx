import { useEffect, useId, useState } from "react";
import type { Layers, SidesShown } from "../state/selectionTypes";
import { useAppStore } from "../state/store";

const layerLabels: [keyof Layers, string][] = [
  ["skin", "Skin"],
  ["superficial", "Superficial"],
  ["intermediate", "Intermediate"],
  ["deep", "Deep"],
  ["bones", "Bones"],
];

/**
 * Layers, x-ray, isolate and sides: a column beside the body on wide screens, a sheet behind a
 * "Layers" button on phones. Changing them never moves the camera.
 */
export function LayerMenu() {
  const layers = useAppStore((s) => s.layers);
  const xray = useAppStore((s) => s.xray);
  const isolate = useAppStore((s) => s.isolate);
  const sides = useAppStore((s) => s.sides);
  const setLayer = useAppStore((s) => s.setLayer);
  const setViewState = useAppStore((s) => s.setViewState);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <div className="layer-menu">
      <button
        type="button"
        className="layer-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Layers
      </button>
      <fieldset id={panelId} className={open ? "layer-panel open" : "layer-panel"}>
        <legend>Layers</legend>
        {layerLabels.map(([layer, label]) => (
          <label key={layer}>
            <input type="checkbox" checked={layers[layer]} onChange={(e) => setLayer(layer, e.target.checked)} />
            {label}
          </label>
        ))}
        <label>
          <input type="checkbox" checked={xray} onChange={(e) => setViewState({ xray: e.target.checked })} />
          X-ray
        </label>
        <label>
          <input type="checkbox" checked={isolate} onChange={(e) => setViewState({ isolate: e.target.checked })} />
          Isolate
        </label>
        <select
          aria-label="Sides shown"
          value={sides}
          onChange={(e) => setViewState({ sides: e.target.value as SidesShown })}
        >
          <option value="both">Both sides</option>
          <option value="left">Left only</option>
          <option value="right">Right only</option>
        </select>
        <button type="button" className="layer-menu-close" onClick={() => setOpen(false)}>
          Close
        </button>
      </fieldset>
    </div>
  );
}
