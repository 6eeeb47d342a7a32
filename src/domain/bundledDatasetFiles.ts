import conditions from "../../data/conditions.json";
import landmarks from "../../data/landmarks.json";
import armForearm from "../../data/muscles/arm-forearm.json";
import face from "../../data/muscles/face.json";
import forearmHandDeep from "../../data/muscles/forearm-hand-deep.json";
import hand from "../../data/muscles/hand.json";
import headJaw from "../../data/muscles/head-jaw.json";
import hipDeep from "../../data/muscles/hip-deep.json";
import hipThigh from "../../data/muscles/hip-thigh.json";
import legFoot from "../../data/muscles/leg-foot.json";
import legFootIntrinsic from "../../data/muscles/leg-foot-intrinsic.json";
import neck from "../../data/muscles/neck.json";
import neckDeep from "../../data/muscles/neck-deep.json";
import neckFront from "../../data/muscles/neck-front.json";
import pelvicFloor from "../../data/muscles/pelvic-floor.json";
import shoulderChest from "../../data/muscles/shoulder-chest.json";
import trunkWall from "../../data/muscles/trunk-wall.json";
import upperBackTrunk from "../../data/muscles/upper-back-trunk.json";
import regions from "../../data/regions.json";
import safety from "../../data/safety.json";
import sources from "../../data/sources.json";
import type { DatasetFiles } from "./datasetTypes";

/**
 * The dataset files as imported by the jsdom and unit tests; add a new muscle file here. (The app itself
 * gets every file of data/, validated at build time: see scripts/vite/datasetPlugin.ts.)
 */
export const bundledDatasetFiles: DatasetFiles = {
  landmarks: { file: "data/landmarks.json", json: landmarks },
  regions: { file: "data/regions.json", json: regions },
  sources: { file: "data/sources.json", json: sources },
  conditions: { file: "data/conditions.json", json: conditions },
  safety: { file: "data/safety.json", json: safety },
  muscles: [
    { file: "data/muscles/head-jaw.json", json: headJaw },
    { file: "data/muscles/face.json", json: face },
    { file: "data/muscles/neck.json", json: neck },
    { file: "data/muscles/neck-front.json", json: neckFront },
    { file: "data/muscles/neck-deep.json", json: neckDeep },
    { file: "data/muscles/shoulder-chest.json", json: shoulderChest },
    { file: "data/muscles/upper-back-trunk.json", json: upperBackTrunk },
    { file: "data/muscles/trunk-wall.json", json: trunkWall },
    { file: "data/muscles/pelvic-floor.json", json: pelvicFloor },
    { file: "data/muscles/arm-forearm.json", json: armForearm },
    { file: "data/muscles/hand.json", json: hand },
    { file: "data/muscles/forearm-hand-deep.json", json: forearmHandDeep },
    { file: "data/muscles/hip-thigh.json", json: hipThigh },
    { file: "data/muscles/hip-deep.json", json: hipDeep },
    { file: "data/muscles/leg-foot.json", json: legFoot },
    { file: "data/muscles/leg-foot-intrinsic.json", json: legFootIntrinsic },
  ],
};
