import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useRef } from "react";

/**
 * Sets `data-scene-ready="true"` on `<html>` once a frame with the model has been drawn (and marks
 * `scene-ready` in the performance timeline), so tests and the bench wait for it instead of
 * sleeping; then calls `onReady`, where work the first frame did not need may start. Mount it
 * next to the model.
 */
export function SceneReadyFlag({ onReady }: { onReady?: () => void }) {
  const invalidate = useThree((s) => s.invalidate);
  const frames = useRef(0);
  useEffect(() => {
    invalidate();
    return () => document.documentElement.removeAttribute("data-scene-ready");
  }, [invalidate]);
  useFrame(() => {
    frames.current += 1;
    if (frames.current === 2) {
      document.documentElement.setAttribute("data-scene-ready", "true");
      performance.mark("scene-ready");
      onReady?.();
    } else if (frames.current < 2) invalidate();
  });
  return null;
}
