import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { repoRoot } from "../readDatasetFiles";
import { boneColors, muscleColors, regionColors, skinColors } from "./preview/colorize";
import { type LoadedMesh, loadGlb } from "./preview/loadGlb";
import { compositeOver, createFrame, drawMesh, type Frame, type View } from "./preview/rasterizer";

const BACKGROUND: [number, number, number] = [0.16, 0.18, 0.21];
const BODY_VIEWS = [0, Math.PI, Math.PI / 2, -Math.PI / 2, Math.PI / 4, (Math.PI * 3) / 4];
const HEAD_VIEWS = [0, Math.PI / 4, Math.PI / 2, Math.PI];

/** What each preview picture shows. */
const MODES = {
  skin: { skin: "solid", muscles: false, bones: false },
  regions: { skin: "regions", muscles: false, bones: false },
  muscles: { skin: "hidden", muscles: true, bones: false },
  deep: { skin: "hidden", muscles: "deep", bones: true },
  xray: { skin: "xray", muscles: true, bones: true },
  bones: { skin: "hidden", muscles: false, bones: true },
} as const;

function render(meshes: LoadedMesh[], mode: keyof typeof MODES, view: View, width: number, height: number): Frame {
  const spec = MODES[mode];
  const frame = createFrame(width, height, BACKGROUND);
  const kind = (m: LoadedMesh) => (m.name === "skin" ? "skin" : m.name.startsWith("bone:") ? "bone" : "muscle");
  for (const mesh of meshes) {
    const deep = mesh.extras.layer !== "superficial";
    if (kind(mesh) === "muscle" && (spec.muscles === true || (spec.muscles === "deep" && deep))) {
      drawMesh(frame, muscleColors(mesh), view);
    }
    if (kind(mesh) === "bone" && spec.bones) drawMesh(frame, boneColors(mesh), view);
  }
  const skin = meshes.find((m) => m.name === "skin");
  if (!skin || spec.skin === "hidden") return frame;
  if (spec.skin === "xray") {
    const top = createFrame(width, height, BACKGROUND);
    drawMesh(top, skinColors(skin), view);
    compositeOver(frame, top, 0.28);
  } else drawMesh(frame, spec.skin === "regions" ? regionColors(skin) : skinColors(skin), view);
  return frame;
}

function writePng(frames: Frame[], path: string): void {
  const width = frames.reduce((w, f) => w + f.width, 0);
  const height = Math.max(...frames.map((f) => f.height));
  const png = new PNG({ width, height });
  let x0 = 0;
  for (const f of frames) {
    for (let y = 0; y < f.height; y++) {
      for (let x = 0; x < f.width; x++) {
        const src = (y * f.width + x) * 3;
        const dst = (y * width + x0 + x) * 4;
        for (let k = 0; k < 3; k++)
          png.data[dst + k] = Math.round(Math.min(1, f.color[src + k] ?? 0) ** (1 / 1.6) * 255);
        png.data[dst + 3] = 255;
      }
    }
    x0 += f.width;
  }
  writeFileSync(path, PNG.sync.write(png));
}

/** Renders the generated GLB from several sides to PNGs in tmp/model-preview (no browser needed). */
async function main(): Promise<void> {
  const glb = process.argv[2] ?? join(repoRoot, "public/models/body.glb");
  const out = join(repoRoot, "tmp/model-preview");
  mkdirSync(out, { recursive: true });
  const { meshes } = await loadGlb(glb);
  for (const mode of Object.keys(MODES) as (keyof typeof MODES)[]) {
    const frames = BODY_VIEWS.map((azimuth) => render(meshes, mode, { azimuth, scale: 480, centerY: 0.89 }, 420, 880));
    writePng(frames, join(out, `${mode}.png`));
    process.stdout.write(`preview: ${join(out, `${mode}.png`)}\n`);
  }
  for (const mode of ["skin", "muscles", "xray"] as const) {
    const pair = [0, Math.PI].map((azimuth) => render(meshes, mode, { azimuth, scale: 520, centerY: 0.9 }, 560, 960));
    writePng(pair, join(out, `front-back-${mode}.png`));
    const frames = HEAD_VIEWS.map((azimuth) => render(meshes, mode, { azimuth, scale: 2600, centerY: 1.6 }, 520, 620));
    writePng(frames, join(out, `head-${mode}.png`));
    const torso = BODY_VIEWS.slice(0, 5).map((azimuth) =>
      render(meshes, mode, { azimuth, scale: 1100, centerY: 1.2 }, 560, 800),
    );
    writePng(torso, join(out, `torso-${mode}.png`));
  }
  const closeUp = (at: [number, number, number], scale: number, views: number[], mode: keyof typeof MODES = "skin") =>
    views.map((azimuth) => {
      const centerX = at[0] * Math.cos(azimuth) - at[2] * Math.sin(azimuth);
      return render(meshes, mode, { azimuth, scale, centerY: at[1], centerX }, 420, 520);
    });
  writePng(closeUp([0.31, 0.78, 0], 2600, [0, Math.PI, Math.PI / 2, Math.PI / 4]), join(out, "hand.png"));
  const side = [Math.PI / 2, -Math.PI / 2];
  writePng(
    [...closeUp([0.1, 0.72, 0], 620, side, "muscles"), ...closeUp([0.1, 0.72, 0], 620, side)],
    join(out, "hip.png"),
  );
  writePng(
    [...closeUp([0.1, 1.3, 0.02], 1100, side, "muscles"), ...closeUp([0, 1.3, 0.02], 1100, [0, Math.PI])],
    join(out, "armpit.png"),
  );
  writePng(closeUp([0.095, 0.08, 0.05], 2200, [0, Math.PI / 2, Math.PI / 4, Math.PI]), join(out, "foot.png"));
}

await main();
