import { OrbitControls } from "@react-three/drei";
import { Canvas, events } from "@react-three/fiber";
import { Suspense, useRef, useState } from "react";
import { type Intersection, MOUSE, TOUCH } from "three";
import { useText } from "../i18n/useText";
import { useAppStore } from "../state/store";
import { BodyScene } from "./BodyScene";
import { ContextLossGuard } from "./ContextLossGuard";
import { CAMERA_FOV, presetGoal } from "./cameraTargets";
import { missedTap } from "./missedTap";
import { isPickableHit } from "./pickable";
import { StudioLights } from "./StudioLights";
import { ViewerErrorBoundary } from "./ViewerErrorBoundary";
import { ViewerStatus } from "./ViewerStatus";

const initialGoal = presetGoal("front");

/** Pointer events skip hidden meshes (hidden layers and sides) and faded ones, so they never catch a click. */
const visibleOnlyEvents = (store: Parameters<typeof events>[0]) => ({
  ...events(store),
  filter: (hits: Intersection[]) => hits.filter(isPickableHit),
});

/**
 * The 3D view: the body under studio lights, with orbit, pan and zoom toward the pointer (one
 * finger turns, two fingers pinch and move). In pain mode the left button and one finger paint;
 * the right button turns, the middle button (or Shift and the right button) and two fingers move
 * the view, and the wheel or a pinch zooms. A click that just misses the body tries around it.
 * Shows the model's loading progress, and recovers from a lost graphics context and from crashes.
 * `onNoWebGL` is called when the browser turns out to give no WebGL context.
 */
export function Viewer({ webgl, onNoWebGL }: { webgl: boolean; onNoWebGL: () => void }) {
  const { t } = useText();
  const painMode = useAppStore((s) => s.painMode);
  const rendererCreated = useRef(false);
  const [contextLost, setContextLost] = useState(false);
  if (!webgl) {
    return (
      <p className="viewer-fallback" role="status">
        {t("viewer.noWebGL")}
      </p>
    );
  }
  return (
    <ViewerErrorBoundary isWebGLMissing={() => !rendererCreated.current} onNoWebGL={onNoWebGL}>
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        camera={{ position: initialGoal.position.toArray(), fov: CAMERA_FOV, near: 0.05, far: 20 }}
        events={visibleOnlyEvents}
        onPointerMissed={(event) => {
          useAppStore.getState().setHover(null);
          missedTap.handle?.(event);
        }}
        onCreated={() => {
          rendererCreated.current = true;
        }}
      >
        <ContextLossGuard onLostChange={setContextLost} />
        <color attach="background" args={["#22262e"]} />
        <StudioLights />
        <Suspense fallback={null}>
          <BodyScene />
        </Suspense>
        <OrbitControls
          target={initialGoal.target.toArray()}
          minDistance={0.3}
          maxDistance={5}
          maxPolarAngle={Math.PI * 0.92}
          enableDamping={false}
          zoomToCursor
          zoomSpeed={1.6}
          mouseButtons={
            painMode
              ? { MIDDLE: MOUSE.PAN, RIGHT: MOUSE.ROTATE }
              : { LEFT: MOUSE.ROTATE, MIDDLE: MOUSE.DOLLY, RIGHT: MOUSE.PAN }
          }
          touches={painMode ? { TWO: TOUCH.DOLLY_PAN } : { ONE: TOUCH.ROTATE, TWO: TOUCH.DOLLY_PAN }}
          makeDefault
        />
      </Canvas>
      <ViewerStatus contextLost={contextLost} />
    </ViewerErrorBoundary>
  );
}
