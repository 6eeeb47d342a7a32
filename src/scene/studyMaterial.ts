import { Color, type MeshStandardMaterial } from "three";
import { createOverlayMaterial, STIPPLE_GLSL } from "./skinOverlay";

/** The colours of the two patterns study mode paints: the first in the referral red, the second in blue. */
export const STUDY_COLORS = ["#d7261e", "#1c6fd6"] as const;

/**
 * Study mode's patterns over the skin, from per-vertex `studyA` / `studyB` (essential, spillover)
 * weights: essential solid with a crisp edge, spillover stippled, as the skin paints referral; the
 * first pattern in red, the second in blue, and where both essential zones meet, stripes of both.
 */
export function createStudyMaterial(): MeshStandardMaterial {
  const material = createOverlayMaterial();
  const colors = { colorA: { value: new Color(STUDY_COLORS[0]) }, colorB: { value: new Color(STUDY_COLORS[1]) } };
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, colors);
    shader.vertexShader = shader.vertexShader
      .replace(
        "#include <common>",
        "#include <common>\nattribute vec2 studyA;\nattribute vec2 studyB;\nvarying vec2 vA;\nvarying vec2 vB;\nvarying vec3 vBodyPos;",
      )
      .replace(
        "#include <begin_vertex>",
        "#include <begin_vertex>\nvA = studyA;\nvB = studyB;\nvBodyPos = (modelMatrix * vec4(position, 1.0)).xyz;",
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        "#include <common>",
        `#include <common>
uniform vec3 colorA;
uniform vec3 colorB;
varying vec2 vA;
varying vec2 vB;
varying vec3 vBodyPos;
${STIPPLE_GLSL}
float solid(float w) { float f = fwidth(w); return smoothstep(0.5 - f, 0.5 + f, w); }`,
      )
      .replace(
        "#include <color_fragment>",
        `#include <color_fragment>
float dots = stipple(vBodyPos);
float a = max(solid(vA.x), step(0.5, vA.y) * dots);
float b = max(solid(vB.x), step(0.5, vB.y) * dots);
float stripe = step(0.5, fract((vBodyPos.x + vBodyPos.y) / 0.012));
float useB = b * (1.0 - a) + a * b * stripe;
float alpha = max(a, b);
if (alpha < 0.02) discard;
diffuseColor.rgb = mix(colorA, colorB, useB > 0.5 ? 1.0 : 0.0);
diffuseColor.a = alpha;`,
      );
  };
  material.customProgramCacheKey = () => "study-patterns-v1";
  return material;
}
