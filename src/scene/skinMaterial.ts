import { Color, MeshStandardMaterial } from "three";

/** Uniforms the skin shader reads; update their `.value`, never recreate the material. */
export interface SkinUniforms {
  /** Region index under the pointer (-1 for none): it is tinted. */
  hoverRegion: { value: number };
  /** Colour of the referral paint. */
  paintColor: { value: Color };
  /** Colour of the patient's pain drawing (hatched, so the referral paint shows through it). */
  painColor: { value: Color };
}

/**
 * The skin material: lit skin tone, the selected referral pattern painted on it (essential solid
 * with a crisp edge where the field crosses 0.5, spillover as dots on a jittered 3D lattice of
 * about 6 mm, as the manuals stipple it), highlighted regions tinted amber with a bright outline
 * (the selected region, a condition's regions), and a light tint on the region under the pointer.
 */
export function createSkinMaterial(): { material: MeshStandardMaterial; uniforms: SkinUniforms } {
  const uniforms: SkinUniforms = {
    hoverRegion: { value: -1 },
    paintColor: { value: new Color("#d7261e") },
    painColor: { value: new Color("#2f5fd0") },
  };
  const material = new MeshStandardMaterial({ color: "#e2b9a0", roughness: 0.62, metalness: 0 });
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = shader.vertexShader
      .replace(
        "#include <common>",
        "#include <common>\nattribute vec2 referral;\nattribute vec2 highlight;\nattribute float _region;\nattribute float pain;\nvarying vec2 vReferral;\nvarying vec2 vHighlight;\nvarying float vRegion;\nvarying float vPain;\nvarying vec3 vBodyPos;",
      )
      .replace(
        "#include <begin_vertex>",
        "#include <begin_vertex>\nvReferral = referral;\nvHighlight = highlight;\nvRegion = _region;\nvPain = pain;\nvBodyPos = (modelMatrix * vec4(position, 1.0)).xyz;",
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        "#include <common>",
        `#include <common>
uniform float hoverRegion;
uniform vec3 paintColor;
uniform vec3 painColor;
varying vec2 vReferral;
varying vec2 vHighlight;
varying float vRegion;
varying float vPain;
varying vec3 vBodyPos;
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
}`,
      )
      .replace(
        "#include <color_fragment>",
        `#include <color_fragment>
float region = floor(vRegion + 0.5);
float fh = fwidth(vHighlight.x);
float inside = smoothstep(0.5 - fh, 0.5 + fh, vHighlight.x);
float ring = smoothstep(0.35, 0.65, vHighlight.y);
diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.98, 0.74, 0.1), 0.55 * inside);
diffuseColor.rgb = mix(diffuseColor.rgb, vec3(1.0, 0.93, 0.55), ring * inside);
if (abs(region - hoverRegion) < 0.5) diffuseColor.rgb = mix(diffuseColor.rgb, vec3(1.0, 0.9, 0.75), 0.2);
float fe = fwidth(vReferral.x);
float essential = smoothstep(0.5 - fe, 0.5 + fe, vReferral.x);
float spill = step(0.5, vReferral.y) * stipple(vBodyPos);
diffuseColor.rgb = mix(diffuseColor.rgb, paintColor, max(essential, spill * (1.0 - essential)));
float fp = fwidth(vPain);
float painMask = smoothstep(0.5 - fp, 0.5 + fp, vPain);
float hatch = step(0.55, fract((vBodyPos.x + vBodyPos.y - vBodyPos.z) / 0.005));
diffuseColor.rgb = mix(diffuseColor.rgb, painColor, painMask * (0.3 + 0.55 * hatch));`,
      );
  };
  material.customProgramCacheKey = () => "skin-referral-pain-v3";
  return { material, uniforms };
}

/** Switches the skin between opaque and x-ray (translucent, muscles visible beneath). */
export function setSkinXray(material: MeshStandardMaterial, xray: boolean): void {
  material.transparent = xray;
  material.opacity = xray ? 0.28 : 1;
  material.depthWrite = !xray;
  material.needsUpdate = true;
}
