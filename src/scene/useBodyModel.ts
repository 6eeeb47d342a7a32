import { useLoader } from "@react-three/fiber";
import { useMemo } from "react";
import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import { type GLTF, GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { type BodyModel, splitBodyModel } from "./bodyModel";

/** Where the generated model is served from (next to index.html, so any base path works). */
export const bodyModelUrl = `${import.meta.env.BASE_URL}models/body.glb`;

/** Loads the generated model with three's bundled meshopt decoder (no remote fetch) and splits it. Suspends. */
export function useBodyModel(): BodyModel {
  const gltf = useLoader(GLTFLoader, bodyModelUrl, (loader) => {
    loader.setMeshoptDecoder(MeshoptDecoder);
  }) as GLTF;
  return useMemo(() => splitBodyModel(gltf.scene, (gltf.asset?.extras ?? {}) as Record<string, unknown>), [gltf]);
}
