import { join } from "node:path";
import { NodeIO } from "@gltf-transform/core";
import { ALL_EXTENSIONS } from "@gltf-transform/extensions";
import { MeshoptDecoder } from "meshoptimizer";

/** Trigger point positions per muscle node, as the generator stored them in public/models/body.glb. */
export async function readTriggerPoints(): Promise<Map<string, [number, number, number][]>> {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ "meshopt.decoder": MeshoptDecoder });
  const document = await io.read(join(import.meta.dirname, "..", "..", "..", "public", "models", "body.glb"));
  const points = new Map<string, [number, number, number][]>();
  for (const node of document.getRoot().listNodes()) {
    const extras = node.getExtras() as { triggerPoints?: { position: [number, number, number] }[] };
    if (extras.triggerPoints)
      points.set(
        node.getName(),
        extras.triggerPoints.map((tp) => tp.position),
      );
  }
  return points;
}
