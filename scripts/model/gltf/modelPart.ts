/** Which material a mesh gets. */
export type PartKind = "skin" | "muscle" | "bone";

/** One named mesh of the model, ready to be written to glTF. */
export interface ModelPart {
  /** glTF node and mesh name, e.g. `skin`, `upper-trapezius.left`, `bone:femur.left`. */
  name: string;
  /** Material family. */
  kind: PartKind;
  /** xyz per vertex, body frame, metres. */
  positions: Float32Array;
  /** xyz unit normal per vertex. */
  normals: Float32Array;
  /** Three vertex indices per triangle, counter-clockwise from outside. */
  indices: Uint32Array;
  /** uv per vertex (muscles: u across the fibres, v along them from origin to insertion). */
  uvs?: Float32Array;
  /** Region index per vertex (skin only), written as the `_REGION` attribute. */
  regions?: Uint8Array;
  /** Skin part code per vertex (skin only, see `SKIN_PARTS`), written as the `_PART` attribute. */
  parts?: Uint8Array;
  /** JSON extras stored on the node. */
  extras: Record<string, unknown>;
}
