import { Color, type MeshStandardMaterial } from "three";
import { createOverlayMaterial } from "./skinOverlay";

/** The colour of the danger-zone hatching: violet, unlike the red referral paint, the blue pain drawing and the amber regions. */
export const DANGER_COLOR = "#9d4edd";

/**
 * The danger-zone overlay: violet diagonal hatching inside each zone's outline with a solid violet
 * edge, from the per-vertex `danger` weight (the outline where it crosses 0.5); transparent elsewhere.
 */
export function createDangerZoneMaterial(): MeshStandardMaterial {
  const material = createOverlayMaterial();
  const color = { value: new Color(DANGER_COLOR) };
  material.onBeforeCompile = (shader) => {
    shader.uniforms.dangerColor = color;
    shader.vertexShader = shader.vertexShader
      .replace(
        "#include <common>",
        "#include <common>\nattribute float danger;\nvarying float vDanger;\nvarying vec3 vBodyPos;",
      )
      .replace(
        "#include <begin_vertex>",
        "#include <begin_vertex>\nvDanger = danger;\nvBodyPos = (modelMatrix * vec4(position, 1.0)).xyz;",
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        "#include <common>",
        "#include <common>\nuniform vec3 dangerColor;\nvarying float vDanger;\nvarying vec3 vBodyPos;",
      )
      .replace(
        "#include <color_fragment>",
        `#include <color_fragment>
float fd = fwidth(vDanger);
float inside = smoothstep(0.5 - fd, 0.5 + fd, vDanger);
float edge = inside * (1.0 - smoothstep(0.62 - fd, 0.62 + fd, vDanger));
float hatch = step(0.5, fract((vBodyPos.x - vBodyPos.y + vBodyPos.z) / 0.009));
float alpha = max(edge, inside * (0.25 + 0.65 * hatch));
if (alpha < 0.02) discard;
diffuseColor.rgb = dangerColor;
diffuseColor.a = alpha;`,
      );
  };
  material.customProgramCacheKey = () => "danger-zone-overlay-v1";
  return material;
}
