import type { Layers, SidesShown, ViewPreset } from "../state/selectionTypes";
import { useAppStore } from "../state/store";

const presets: ViewPreset[] = ["front", "back", "left", "right"];
const layerLabels: [keyof Layers, string][] = [
  ["skin", "Skin"],
  ["superficial", "Superficial"],
  ["intermediate", "Intermediate"],
  ["deep", "Deep"],
  ["bones", "Bones"],
];

/** Camera presets, layer toggles, x-ray, isolate, sides and the practitioner switch. */
export function ViewControls() {
  const view = useAppStore((s) => s.view);
  const layers = useAppStore((s) => s.layers);
  const xray = useAppStore((s) => s.xray);
  const isolate = useAppStore((s) => s.isolate);
  const sides = useAppStore((s) => s.sides);
  const audience = useAppStore((s) => s.audience);
  const setView = useAppStore((s) => s.setView);
  const setLayer = useAppStore((s) => s.setLayer);
  const setViewState = useAppStore((s) => s.setViewState);
  return (
    <fieldset className="view-controls" aria-label="View">
      <fieldset className="segmented">
        <legend>View</legend>
        {presets.map((preset) => (
          <button key={preset} type="button" aria-pressed={view === preset} onClick={() => setView(preset)}>
            {preset[0]?.toUpperCase() + preset.slice(1)}
          </button>
        ))}
      </fieldset>
      <fieldset className="toggles">
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
      </fieldset>
      <fieldset className="toggles">
        <legend>Sides</legend>
        <select
          aria-label="Sides shown"
          value={sides}
          onChange={(e) => setViewState({ sides: e.target.value as SidesShown })}
        >
          <option value="both">Both sides</option>
          <option value="left">Left only</option>
          <option value="right">Right only</option>
        </select>
        <label>
          <input
            type="checkbox"
            checked={audience === "practitioner"}
            onChange={(e) => setViewState({ audience: e.target.checked ? "practitioner" : "patient" })}
          />
          Practitioner detail
        </label>
      </fieldset>
    </fieldset>
  );
}
