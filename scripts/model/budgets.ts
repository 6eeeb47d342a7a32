import type { ModelPart } from "./gltf/modelPart";

/** Budgets from DESIGN.md: about 250k triangles, GLB under 1.5 MB, generation under a minute. */
export const budgets = { triangles: 260_000, bytes: 1.5 * 1024 * 1024, ms: 60_000 };

/** Prints triangles (total and per part kind), size and time against the budgets. */
export function writeBudgets(
  parts: readonly ModelPart[],
  bytes: number,
  ms: number,
  line: (text: string) => void,
): void {
  const byKind = new Map<string, number>();
  for (const p of parts) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + p.indices.length / 3);
  const total = [...byKind.values()].reduce((a, b) => a + b, 0);
  const mark = (ok: boolean) => (ok ? "ok" : "OVER BUDGET");
  const kinds = [...byKind].map(([kind, n]) => `${kind} ${n}`).join(", ");
  line(`budget: triangles ${total} (${kinds}) / ${budgets.triangles}: ${mark(total <= budgets.triangles)}`);
  line(
    `budget: size ${(bytes / 1024).toFixed(0)} KiB / ${(budgets.bytes / 1024).toFixed(0)} KiB: ${mark(bytes <= budgets.bytes)}`,
  );
  line(`budget: time ${(ms / 1000).toFixed(1)} s / ${budgets.ms / 1000} s: ${mark(ms <= budgets.ms)}`);
}
