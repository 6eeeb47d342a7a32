import { LayerMenu } from "./LayerMenu";
import { MuscleShotSwitch } from "./MuscleShotSwitch";
import { PaintModeBar } from "./PaintModeBar";
import { ViewPresets } from "./ViewPresets";

/**
 * The controls over the 3D view, kept to its corners so they never cover the body in the
 * whole-body view: presets and layers down the left edge, the muscle's pattern/muscle pair and
 * the painting bar at the top right.
 */
export function ViewControls() {
  return (
    <div className="view-controls">
      <div className="view-toolbar">
        <ViewPresets />
        <LayerMenu />
      </div>
      <div className="view-corner">
        <MuscleShotSwitch />
        <PaintModeBar />
      </div>
    </div>
  );
}
