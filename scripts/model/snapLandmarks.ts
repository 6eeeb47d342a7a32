import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectToLevel } from "../../src/domain/geometry/fieldOps";
import type { DistanceFunction } from "../../src/domain/geometry/surfaceNets";
import { type Landmark, landmarksFileSchema } from "../../src/domain/schema/landmarkSchema";
import type { Vec3 } from "../../src/domain/schema/primitives";
import { repoRoot } from "../readDatasetFiles";
import { createSkinField } from "./skin/skinField";

/** How far outside the skin a skeletal landmark may sit before it is pulled in, and how deep it goes then. */
const SKELETAL_TOLERANCE = 0.003;
const SKELETAL_DEPTH = 0.006;

const mm = (p: Vec3): Vec3 => p.map((x) => Math.round(x * 1000) / 1000 + 0) as unknown as Vec3;

/**
 * Surface landmarks projected onto the skin (gradient steps, rounded to millimetres); skeletal ones
 * left alone unless they lie outside the body, then pulled just under the skin. Ids, names and order kept.
 */
export function snapLandmarks(landmarks: readonly Landmark[], skin: DistanceFunction): Landmark[] {
  return landmarks.map((landmark) => {
    const p = landmark.position;
    if (landmark.kind === "surface") return { ...landmark, position: mm(projectToLevel(skin, p, 0, 12)) };
    if (skin(p[0], p[1], p[2]) <= SKELETAL_TOLERANCE) return landmark;
    return { ...landmark, position: mm(projectToLevel(skin, p, -SKELETAL_DEPTH, 12)) };
  });
}

/** Formats the landmarks file as 2-space JSON with each position on one line (Biome's layout). */
export function formatLandmarksFile(landmarks: readonly Landmark[]): string {
  const entries = landmarks.map((l) => {
    const fields = [
      `"id": ${JSON.stringify(l.id)}`,
      `"name": ${JSON.stringify(l.name)}`,
      `"kind": ${JSON.stringify(l.kind)}`,
      `"position": [${l.position.join(", ")}]`,
    ];
    return `    {\n${fields.map((f) => `      ${f}`).join(",\n")}\n    }`;
  });
  return `{\n  "landmarks": [\n${entries.join(",\n")}\n  ]\n}\n`;
}

function main(): void {
  const path = join(repoRoot, "data/landmarks.json");
  const file = landmarksFileSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  const field = createSkinField();
  const snapped = snapLandmarks(file.landmarks, (x, y, z) => field.distance(x, y, z));
  const moved = snapped.filter((l, i) => l.position.some((x, k) => x !== file.landmarks[i]?.position[k]));
  writeFileSync(path, formatLandmarksFile(snapped));
  process.stdout.write(
    `snap-landmarks: ${moved.length} of ${snapped.length} landmarks moved; wrote data/landmarks.json\n`,
  );
  for (const l of moved) process.stdout.write(`  ${l.kind.padEnd(8)} ${l.id}: [${l.position.join(", ")}]\n`);
}

if (process.argv[1]?.endsWith("snapLandmarks.ts")) main();
