import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useRef } from "react";

/**
 * Sets `data-scene-ready="true"` on `<html>` once a frame with the model has been drawn, so tests
 * wait for it instead of sleeping. Mount it inside the same Suspense boundary as the model.
 */
export function SceneReadyFlag() {
  const invalidate = useThree((s) => s.invalidate);
  const frames = useRef(0);
  useEffect(() => {
    invalidate();
    return () => document.documentElement.removeAttribute("data-scene-ready");
  }, [invalidate]);
  useFrame(() => {
    frames.current += 1;
    if (frames.current === 2) document.documentElement.setAttribute("data-scene-ready", "true");
    else if (frames.current < 2) invalidate();
  });
  return null;
}
