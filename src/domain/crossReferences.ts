import type { DatasetProblem } from "./datasetError";
import type { LandmarkRef } from "./schema/primitives";

/** Collects problems for one file: dangling ids and duplicate ids. */
export class ReferenceChecker {
  constructor(
    /** The data file this checker reports problems in. */
    readonly file: string,
    private readonly problems: DatasetProblem[],
  ) {}

  /** Reports a problem at `path` in this checker's file. */
  report(path: string, message: string): void {
    this.problems.push({ file: this.file, path, message });
  }

  /** Reports `id` unless `known` has it; `what` names the kind of thing, e.g. "muscle". */
  ref(path: string, id: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>, what: string): void {
    if (!known.has(id)) this.report(path, `unknown ${what} id "${id}"`);
  }

  /** Reports every id of `ids` (found at `path[index]`) that `known` lacks. */
  refs(
    path: string,
    ids: readonly string[],
    known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
    what: string,
  ): void {
    ids.forEach((id, index) => {
      this.ref(`${path}[${index}]`, id, known, what);
    });
  }

  /** Reports every citation of `citations` (at `path[index].source`) whose source is unknown. */
  citations(path: string, citations: readonly { source: string }[], known: ReadonlySet<string>): void {
    citations.forEach((citation, index) => {
      this.ref(`${path}[${index}].source`, citation.source, known, "source");
    });
  }

  /** Reports every landmark reference of `refs` (at `path[index]`) that names no landmark. */
  landmarks(path: string, refs: readonly LandmarkRef[], known: ReadonlyMap<string, unknown>): void {
    refs.forEach((ref, index) => {
      this.landmark(`${path}[${index}]`, ref, known);
    });
  }

  /** Reports a landmark reference (plain id or `{at, offset}`) that names no landmark. */
  landmark(path: string, ref: LandmarkRef, known: ReadonlyMap<string, unknown>): void {
    if (typeof ref === "string") this.ref(path, ref, known, "landmark");
    else this.ref(`${path}.at`, ref.at, known, "landmark");
  }
}

/** Reports every id that occurs more than once; `seen` may carry ids from earlier files. */
export function checkDuplicates(
  items: readonly { id: string }[],
  pathOf: (index: number) => string,
  what: string,
  checker: ReferenceChecker,
  seen: Map<string, string> = new Map(),
): Map<string, string> {
  items.forEach((item, index) => {
    const firstAt = seen.get(item.id);
    if (firstAt === undefined) seen.set(item.id, `${checker.file} ${pathOf(index)}`);
    else checker.report(`${pathOf(index)}.id`, `duplicate ${what} id "${item.id}" (first defined at ${firstAt})`);
  });
  return seen;
}
