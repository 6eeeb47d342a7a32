import type { ReferenceChecker } from "./crossReferences";
import { checkDuplicates } from "./crossReferences";
import type { Landmark } from "./schema/landmarkSchema";
import type { Muscle } from "./schema/muscleSchema";
import type { DangerZone } from "./schema/safetySchema";

/** Ids a muscle may refer to. */
export interface KnownIds {
  /** Landmarks by id. */
  landmarks: ReadonlyMap<string, Landmark>;
  /** Region ids. */
  regionIds: ReadonlySet<string>;
  /** Source ids. */
  sourceIds: ReadonlySet<string>;
  /** Muscle ids, including muscles that failed their own schema. */
  muscleIds: ReadonlySet<string>;
  /** The needling danger zones of `safety.json`, by id. */
  dangerZones: ReadonlyMap<string, DangerZone>;
}

/** Checks one muscle's references and the placement of its trigger points. */
export function checkMuscle(muscle: Muscle, at: string, checker: ReferenceChecker, known: KnownIds): void {
  checker.refs(`${at}.regions`, muscle.regions, known.regionIds, "region");
  muscle.associatedMuscles.forEach((id, j) => {
    checker.ref(`${at}.associatedMuscles[${j}]`, id, known.muscleIds, "muscle");
    if (id === muscle.id) checker.report(`${at}.associatedMuscles[${j}]`, "a muscle cannot be associated with itself");
  });
  checker.citations(`${at}.sources`, muscle.sources, known.sourceIds);
  muscle.formerIds.forEach((id, j) => {
    if (known.muscleIds.has(id)) {
      checker.report(
        `${at}.formerIds[${j}]`,
        `former id "${id}" is the id of a current muscle, so links to it are ambiguous`,
      );
    }
  });
  const group = muscle.referral.groupPattern;
  if (group) {
    checker.refs(`${at}.referral.groupPattern.muscles`, group.muscles, known.muscleIds, "muscle");
    if (!group.muscles.includes(muscle.id)) {
      checker.report(
        `${at}.referral.groupPattern.muscles`,
        `the group must include the muscle itself ("${muscle.id}")`,
      );
    }
  }
  const geometry = muscle.geometry;
  for (const key of ["origin", "insertion", "via"] as const) {
    checker.landmarks(`${at}.geometry.${key}`, geometry[key], known.landmarks);
  }
  muscle.referral.zones.forEach((zone, j) => {
    const zoneAt = `${at}.referral.zones[${j}]`;
    const refs =
      zone.shape === "ellipsoid"
        ? [[`${zoneAt}.center`, zone.center] as const]
        : zone.path.map((ref, k) => [`${zoneAt}.path[${k}]`, ref] as const);
    for (const [path, ref] of refs) {
      checker.landmark(path, ref, known.landmarks);
      const id = typeof ref === "string" ? ref : ref.at;
      if (known.landmarks.get(id)?.part === undefined && known.landmarks.has(id)) {
        checker.report(path, `zone anchor "${id}" has no body part: give the landmark a part in landmarks.json`);
      }
    }
  });
  if (!muscle.referral.zones.some((zone) => zone.kind === "essential")) {
    checker.report(`${at}.referral.zones`, "needs at least one essential zone");
  }
  checkDangerZoneLinks(muscle, at, checker, known.dangerZones);
  checkDuplicates(muscle.triggerPoints, (i) => `${at}.triggerPoints[${i}]`, "trigger point", checker);
  muscle.triggerPoints.forEach((tp, j) => {
    const tpAt = `${at}.triggerPoints[${j}]`;
    if (tp.along < 0 || tp.along > 1) {
      const beyond =
        tp.along < 0
          ? `${(-tp.along).toFixed(2)} muscle lengths before its origin`
          : `${(tp.along - 1).toFixed(2)} muscle lengths beyond its insertion`;
      checker.report(
        `${tpAt}.along`,
        `trigger point "${tp.id}" is far from its muscle: it lies ${beyond} (along must be 0 to 1)`,
      );
    }
    if (Math.abs(tp.across) > 1) {
      checker.report(
        `${tpAt}.across`,
        `trigger point "${tp.id}" is far from its muscle: it lies ${(Math.abs(tp.across) - 1).toFixed(2)} half-widths outside its edge (across must be -1 to 1)`,
      );
    }
  });
}

/** A structure at risk that names a danger zone must be in a zone that lists the muscle, at a depth within its range. */
function checkDangerZoneLinks(
  muscle: Muscle,
  at: string,
  checker: ReferenceChecker,
  dangerZones: ReadonlyMap<string, DangerZone>,
): void {
  muscle.needling.structuresAtRisk.forEach((risk, j) => {
    if (risk.dangerZone === undefined) return;
    const riskAt = `${at}.needling.structuresAtRisk[${j}]`;
    const zone = dangerZones.get(risk.dangerZone);
    if (!zone) {
      checker.ref(`${riskAt}.dangerZone`, risk.dangerZone, dangerZones, "danger zone");
      return;
    }
    if (!zone.muscles.includes(muscle.id)) {
      checker.report(
        `${riskAt}.dangerZone`,
        `danger zone "${zone.id}" in data/safety.json does not list muscle "${muscle.id}" among its muscles`,
      );
    }
    const depth = risk.typicalDepthMm;
    if (depth !== undefined && zone.depthMm && (depth < zone.depthMm.min || depth > zone.depthMm.max)) {
      checker.report(
        `${riskAt}.typicalDepthMm`,
        `${depth} mm is outside danger zone "${zone.id}"'s depths of ${zone.depthMm.min}-${zone.depthMm.max} mm in data/safety.json`,
      );
    }
  });
}
