import { useEffect, useId, useState } from "react";
import { useText } from "../i18n/useText";
import type { Layers, SidesShown } from "../state/selectionTypes";
import { useAppStore } from "../state/store";

const layerNames: (keyof Layers)[] = ["skin", "superficial", "intermediate", "deep", "bones"];

/**
 * Layers, x-ray, isolate and sides: a column beside the body on wide screens, a sheet behind a
 * "Layers" button on phones. Changing them never moves the camera.
 */
export function LayerMenu() {
  const { t } = useText();
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
        {t("view.layers")}
      </button>
      <fieldset id={panelId} className={open ? "layer-panel open" : "layer-panel"}>
        <legend>{t("view.layers")}</legend>
        {layerNames.map((layer) => (
          <label key={layer}>
            <input type="checkbox" checked={layers[layer]} onChange={(e) => setLayer(layer, e.target.checked)} />
            {t(`view.${layer}`)}
          </label>
        ))}
        <label>
          <input type="checkbox" checked={xray} onChange={(e) => setViewState({ xray: e.target.checked })} />
          {t("view.xray")}
        </label>
        <label>
          <input type="checkbox" checked={isolate} onChange={(e) => setViewState({ isolate: e.target.checked })} />
          {t("view.isolate")}
        </label>
        <select
          aria-label={t("view.sides")}
          value={sides}
          onChange={(e) => setViewState({ sides: e.target.value as SidesShown })}
        >
          <option value="both">{t("view.bothSides")}</option>
          <option value="left">{t("view.leftOnly")}</option>
          <option value="right">{t("view.rightOnly")}</option>
        </select>
        <button type="button" className="layer-menu-close" onClick={() => setOpen(false)}>
          {t("view.close")}
        </button>
      </fieldset>
    </div>
  );
}
