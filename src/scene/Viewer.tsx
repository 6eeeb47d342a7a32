import { OrbitControls } from "@react-three/drei";
import { Canvas } from "@react-three/fiber";
import { Suspense, useState } from "react";
import { PlaceholderBody } from "./PlaceholderBody";
import { SceneReadyFlag } from "./SceneReadyFlag";
import { StudioLights } from "./StudioLights";
import { hasWebGL2 } from "./webglSupport";

/** The 3D view: the body under studio lights, with orbit, zoom and pan. */
export function Viewer() {
  const [webgl] = useState(hasWebGL2);
  if (!webgl) {
    return (
      <p className="viewer-fallback" role="status">
        3D view unavailable: this browser has no WebGL. Every region, muscle and condition is still in the lists.
      </p>
    );
  }
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ position: [0, 1.05, 2.9], fov: 35, near: 0.05, far: 20 }}
      gl={{ antialias: true, preserveDrawingBuffer: false }}
    >
      <color attach="background" args={["#22262e"]} />
      <StudioLights />
      <Suspense fallback={null}>
        <PlaceholderBody />
        <SceneReadyFlag />
      </Suspense>
      <OrbitControls target={[0, 0.95, 0]} minDistance={0.4} maxDistance={5} enableDamping makeDefault />
    </Canvas>
  );
}
