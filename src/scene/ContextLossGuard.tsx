import { useThree } from "@react-three/fiber";
import { useEffect } from "react";

/**
 * Reports when the browser takes the WebGL context away (GPU reset, too many contexts, a driver
 * update) and redraws once it is restored: three rebuilds its GPU state on the restore event, so
 * the body comes back without a reload.
 */
export function ContextLossGuard({ onLostChange }: { onLostChange: (lost: boolean) => void }) {
  const canvas = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const lost = (event: Event) => {
      event.preventDefault();
      onLostChange(true);
    };
    const restored = () => {
      onLostChange(false);
      invalidate();
    };
    canvas.addEventListener("webglcontextlost", lost);
    canvas.addEventListener("webglcontextrestored", restored);
    return () => {
      canvas.removeEventListener("webglcontextlost", lost);
      canvas.removeEventListener("webglcontextrestored", restored);
    };
  }, [canvas, invalidate, onLostChange]);
  return null;
}
