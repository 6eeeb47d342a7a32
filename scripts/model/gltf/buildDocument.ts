import { Document, type Material } from "@gltf-transform/core";
import type { ModelPart, PartKind } from "./modelPart";

const COLORS: Record<PartKind, [number, number, number, number]> = {
  skin: [0.8, 0.64, 0.54, 1],
  muscle: [0.66, 0.16, 0.14, 1],
  bone: [0.9, 0.87, 0.8, 1],
};

/** Builds a glTF document with one node and mesh per part, and the scene/asset extras. */
export function buildDocument(parts: readonly ModelPart[], extras: Record<string, unknown>): Document {
  const doc = new Document();
  doc.getRoot().getAsset().generator = "trigger-point-explorer";
  doc.getRoot().getAsset().extras = { ...extras };
  const buffer = doc.createBuffer();
  const scene = doc.createScene("body").setExtras({ ...extras });
  doc.getRoot().setDefaultScene(scene);
  const materials = new Map<PartKind, Material>();
  for (const kind of Object.keys(COLORS) as PartKind[]) {
    const material = doc
      .createMaterial(kind)
      .setBaseColorFactor(COLORS[kind])
      .setRoughnessFactor(0.7)
      .setMetallicFactor(0);
    materials.set(kind, material);
  }
  for (const part of parts) {
    const accessor = (type: "SCALAR" | "VEC2" | "VEC3", array: Float32Array | Uint32Array | Uint8Array) =>
      doc.createAccessor().setType(type).setArray(array).setBuffer(buffer);
    const prim = doc
      .createPrimitive()
      .setIndices(accessor("SCALAR", part.indices))
      .setAttribute("POSITION", accessor("VEC3", part.positions))
      .setAttribute("NORMAL", accessor("VEC3", part.normals))
      .setMaterial(materials.get(part.kind) ?? null);
    if (part.uvs) prim.setAttribute("TEXCOORD_0", accessor("VEC2", part.uvs));
    if (part.regions) prim.setAttribute("_REGION", accessor("SCALAR", part.regions));
    if (part.parts) prim.setAttribute("_PART", accessor("SCALAR", part.parts));
    const mesh = doc.createMesh(part.name).addPrimitive(prim);
    scene.addChild(doc.createNode(part.name).setMesh(mesh).setExtras(part.extras));
  }
  return doc;
}
