import type { DatasetProblem } from "./datasetError";
import type { MuscleEntry } from "./datasetTypes";

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * Checks what ties muscles to each other: a former id belongs to one muscle only, and every member of a
 * group pattern lists the same group (so the pattern reads the same from each of them).
 */
export function checkMuscleGroups(muscles: readonly MuscleEntry[], problems: DatasetProblem[]): void {
  const formerOwner = new Map<string, MuscleEntry>();
  const byId = new Map(muscles.map((m) => [m.id, m]));
  for (const muscle of muscles) {
    const at = `muscles[${muscle.index}]`;
    muscle.formerIds.forEach((id, j) => {
      const owner = formerOwner.get(id);
      if (owner) {
        problems.push({
          file: muscle.file,
          path: `${at}.formerIds[${j}]`,
          message: `former id "${id}" is already claimed by muscle "${owner.id}" (${owner.file}); an old link can open one muscle only`,
        });
      } else formerOwner.set(id, muscle);
    });
    const group = muscle.referral.groupPattern;
    if (!group) continue;
    for (const memberId of group.muscles) {
      const member = byId.get(memberId);
      if (!member || member.id === muscle.id) continue;
      const theirs = member.referral.groupPattern?.muscles;
      if (!theirs || !sameMembers(theirs, group.muscles)) {
        problems.push({
          file: muscle.file,
          path: `${at}.referral.groupPattern.muscles`,
          message: `group member "${memberId}" must list the same group pattern (${group.muscles.join(", ")})`,
        });
      }
    }
  }
}
