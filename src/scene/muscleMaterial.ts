import { Color, MeshStandardMaterial, Vector2 } from "three";

/** How a muscle is drawn right now ("faded": see-through, over a selected muscle). */
export type MuscleLook = "normal" | "hovered" | "selected" | "highlighted" | "dimmed" | "faded";

const colours: Record<MuscleLook, Color> = {
  normal: new Color("#b5473f"),
  hovered: new Color("#d86a55"),
  selected: new Color("#f0302a"),
  highlighted: new Color("#ff7a2e"),
  dimmed: new Color("#7a5552"),
  faded: new Color("#9a7d7a"),
};

/** Opacity of a faded muscle: enough to keep its outline, little enough to see the selected one through it. */
const FADED_OPACITY = 0.14;

/**
 * A muscle material: red belly with faint fibre stripes along the UV's v, fading into whitish
 * tendon over the fraction of its length the generator gives for each end (`extras.tendon`). One per muscle mesh, recoloured in place by `setMuscleLook`.
 */
export function createMuscleMaterial(tendon: readonly [number, number] = [0.12, 0.12]): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ color: colours.normal, roughness: 0.55, metalness: 0 });
  const tendonRange = { value: new Vector2(tendon[0], tendon[1]) };
  material.onBeforeCompile = (shader) => {
    shader.uniforms.tendonRange = tendonRange;
    shader.vertexShader = shader.vertexShader
      .replace("#include <common>", "#include <common>\nvarying vec2 vFibre;")
      .replace("#include <begin_vertex>", "#include <begin_vertex>\nvFibre = uv;");
    shader.fragmentShader = shader.fragmentShader
      .replace("#include <common>", "#include <common>\nvarying vec2 vFibre;\nuniform vec2 tendonRange;")
      .replace(
        "#include <color_fragment>",
        `#include <color_fragment>
float stripes = 0.93 + 0.07 * sin(vFibre.x * 160.0);
float tendon = max(1.0 - smoothstep(tendonRange.x * 0.7, tendonRange.x, vFibre.y), smoothstep(1.0 - tendonRange.y, 1.0 - tendonRange.y * 0.7, vFibre.y));
diffuseColor.rgb = mix(diffuseColor.rgb * stripes, vec3(0.9, 0.87, 0.8), tendon * 0.85);`,
      );
  };
  material.customProgramCacheKey = () => "muscle-fibres-v1";
  return material;
}

/** Recolours a muscle for its current look (no new material; fading in or out switches blending once). */
export function setMuscleLook(material: MeshStandardMaterial, look: MuscleLook): void {
  material.color.copy(colours[look]);
  const faded = look === "faded";
  if (material.transparent !== faded) {
    material.transparent = faded;
    material.depthWrite = !faded;
    material.opacity = faded ? FADED_OPACITY : 1;
    material.needsUpdate = true;
  }
  if (look === "selected" || look === "highlighted") material.emissive.copy(colours[look]).multiplyScalar(0.25);
  else material.emissive.setRGB(0, 0, 0);
}
