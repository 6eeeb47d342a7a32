import { Logger, NodeIO } from "@gltf-transform/core";
import { EXTMeshoptCompression, KHRMeshQuantization } from "@gltf-transform/extensions";
import { MeshoptEncoder } from "meshoptimizer";
import { buildDocument } from "./gltf/buildDocument";
import { type CompressOptions, compressDocument, defaultCompressOptions } from "./gltf/compress";
import type { ModelPart } from "./gltf/modelPart";

/** Encodes the parts as a meshopt-compressed GLB; the same parts always give the same bytes. */
export async function encodeGlb(
  parts: readonly ModelPart[],
  datasetVersion: string,
  options: CompressOptions = defaultCompressOptions,
): Promise<Uint8Array> {
  const doc = buildDocument(parts, { datasetVersion, generator: "trigger-point-explorer" });
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  await compressDocument(doc, options);
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ "meshopt.encoder": MeshoptEncoder });
  return io.writeBinary(doc);
}
