/** One problem found in the dataset: which file, where in it, and what is wrong. */
export interface DatasetProblem {
  /** Path of the data file, e.g. `data/muscles/neck.json`. */
  file: string;
  /** JSON path inside the file, e.g. `muscles[3].triggerPoints[0].along`. */
  path: string;
  /** What is wrong, in words. */
  message: string;
}

/** Thrown by `loadDataset` when the data is invalid; lists every problem found. */
export class DatasetError extends Error {
  /** Every problem, in file order. */
  readonly problems: readonly DatasetProblem[];

  constructor(problems: readonly DatasetProblem[]) {
    super(
      `The dataset has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map(formatProblem).join("\n")}`,
    );
    this.name = "DatasetError";
    this.problems = problems;
  }
}

/** `file: path: message`, the form every problem is printed in. */
export function formatProblem(problem: DatasetProblem): string {
  return `${problem.file}: ${problem.path || "(root)"}: ${problem.message}`;
}

/** Formats a JSON path such as `["muscles", 3, "name"]` as `muscles[3].name`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text;
}
