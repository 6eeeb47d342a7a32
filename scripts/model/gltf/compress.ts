import type { Document } from "@gltf-transform/core";
import { EXTMeshoptCompression } from "@gltf-transform/extensions";
import { quantize, reorder } from "@gltf-transform/functions";
import { MeshoptEncoder } from "meshoptimizer";

/** Options of `compressDocument`. */
export interface CompressOptions {
  /** Bits per position component (default 14: 0.1 mm over the body's height). */
  positionBits: number;
  /** Bits per texture coordinate component (default 12). */
  texcoordBits: number;
}

/** Defaults of `compressDocument`. */
export const defaultCompressOptions: CompressOptions = { positionBits: 14, texcoordBits: 12 };

/**
 * Reorders for locality, quantizes positions and UVs (one shared volume, so every node carries the
 * same dequantizing transform; normals are left to meshopt's octahedral filter and `_REGION` and
 * `_PART` stay exact integers), then marks the buffers for EXT_meshopt_compression.
 */
export async function compressDocument(
  doc: Document,
  options: CompressOptions = defaultCompressOptions,
): Promise<void> {
  await MeshoptEncoder.ready;
  await doc.transform(
    reorder({ encoder: MeshoptEncoder, target: "size" }),
    quantize({
      pattern: /^(POSITION|TEXCOORD_0)$/,
      quantizationVolume: "scene",
      quantizePosition: options.positionBits,
      quantizeTexcoord: options.texcoordBits,
    }),
  );
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER });
}
