import { BufferGeometry, type Material, Mesh, MeshStandardMaterial } from "three";
import type { SkinData } from "./skinData";

/**
 * A mesh drawn over the skin on the skin's own vertices (shared buffers, no copy), for marks that
 * must not mix with the skin's referral paint: the danger zones, study patterns. It never catches
 * pointer events, and follows the skin's transform.
 */
export function createSkinOverlay(skin: SkinData, material: Material): Mesh {
  const source = skin.mesh.geometry;
  const geometry = new BufferGeometry();
  geometry.setIndex(source.getIndex());
  geometry.setAttribute("position", source.getAttribute("position"));
  geometry.setAttribute("normal", source.getAttribute("normal"));
  const mesh = new Mesh(geometry, material);
  mesh.matrixAutoUpdate = false;
  mesh.matrix.copy(skin.mesh.matrixWorld);
  mesh.renderOrder = 2;
  mesh.raycast = () => undefined;
  mesh.frustumCulled = false;
  return mesh;
}

/** A lit, transparent material drawn just in front of the skin, for `createSkinOverlay`. */
export function createOverlayMaterial(): MeshStandardMaterial {
  return new MeshStandardMaterial({
    color: "#ffffff",
    roughness: 0.62,
    metalness: 0,
    transparent: true,
    depthWrite: false,
    polygonOffset: true,
    polygonOffsetFactor: -2,
    polygonOffsetUnits: -4,
  });
}

/** GLSL of the manuals' stipple: dots on a jittered 3D lattice of about 6 mm (1 on a dot), as the skin draws spillover. */
export const STIPPLE_GLSL = `
float hash13(vec3 p) { p = fract(p * 0.1031); p += dot(p, p.zyx + 31.32); return fract((p.x + p.y) * p.z); }
float stipple(vec3 p) {
  vec3 cell = floor(p / 0.006);
  float best = 10.0;
  for (int i = -1; i <= 1; i++) for (int j = -1; j <= 1; j++) for (int k = -1; k <= 1; k++) {
    vec3 c = cell + vec3(float(i), float(j), float(k));
    vec3 jitter = vec3(hash13(c), hash13(c + 17.0), hash13(c + 41.0));
    best = min(best, length(p - (c + 0.2 + 0.6 * jitter) * 0.006));
  }
  float w = fwidth(best);
  return 1.0 - smoothstep(0.0013 - w, 0.0013 + w, best);
}`;
