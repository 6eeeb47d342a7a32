import type { Axes } from "../../../src/domain/geometry/sdfPrimitives";
import { cross, normalize, sub } from "../../../src/domain/geometry/vec3";
import type { Vec3 } from "../../../src/domain/schema/primitives";

/** Accumulates simple closed shapes (ellipsoids, tubes, slabs) into one flat-array mesh. */
export class MeshBuilder {
  /** xyz per vertex. */
  readonly positions: number[] = [];
  /** xyz unit normal per vertex. */
  readonly normals: number[] = [];
  /** Three indices per triangle. */
  readonly indices: number[] = [];

  private vertex(p: Vec3, n: Vec3): number {
    this.positions.push(...p);
    this.normals.push(...normalize(n));
    return this.positions.length / 3 - 1;
  }

  /** An ellipsoid of `radii` along `axes` (lat-long grid). */
  ellipsoid(center: Vec3, radii: Vec3, axes: Axes, segments = 10, rings = 6): this {
    const base = this.positions.length / 3;
    for (let r = 0; r <= rings; r++) {
      const phi = (r / rings) * Math.PI;
      for (let s = 0; s <= segments; s++) {
        const th = (s / segments) * Math.PI * 2;
        const local = [Math.sin(phi) * Math.cos(th), -Math.cos(phi), Math.sin(phi) * Math.sin(th)];
        const p = [0, 1, 2].map(
          (k) =>
            (center[k] ?? 0) + local.reduce((acc, l, i) => acc + (l ?? 0) * (radii[i] ?? 0) * (axes[i]?.[k] ?? 0), 0),
        );
        const n = [0, 1, 2].map((k) =>
          local.reduce((acc, l, i) => acc + ((l ?? 0) / (radii[i] ?? 1)) * (axes[i]?.[k] ?? 0), 0),
        );
        this.vertex(p as unknown as Vec3, n as unknown as Vec3);
      }
    }
    this.grid(base, segments + 1, rings, true);
    return this;
  }

  /** A tube through `points` with a radius per point and flat caps. */
  tube(points: readonly Vec3[], radii: readonly number[], sides = 7): this {
    const base = this.positions.length / 3;
    let ref: Vec3 = [0, 0, 1];
    points.forEach((p, i) => {
      const prev = points[Math.max(0, i - 1)] ?? p;
      const next = points[Math.min(points.length - 1, i + 1)] ?? p;
      const t = normalize(sub(next, prev));
      if (Math.abs(t[0] * ref[0] + t[1] * ref[1] + t[2] * ref[2]) > 0.9) ref = [1, 0, 0];
      const a = normalize(cross(t, ref));
      const b = cross(t, a);
      for (let s = 0; s <= sides; s++) {
        const th = (s / sides) * Math.PI * 2;
        const n: Vec3 = [0, 1, 2].map(
          (k) => (a[k] ?? 0) * Math.cos(th) + (b[k] ?? 0) * Math.sin(th),
        ) as unknown as Vec3;
        const r = radii[i] ?? 0.005;
        this.vertex([p[0] + n[0] * r, p[1] + n[1] * r, p[2] + n[2] * r], n);
      }
    });
    this.grid(base, sides + 1, points.length - 1, false);
    for (const [row, sign] of [
      [0, -1],
      [points.length - 1, 1],
    ] as const) {
      const p = points[row] ?? [0, 0, 0];
      const q = points[row - sign] ?? p;
      const center = this.vertex(p, sub(p, q));
      for (let s = 0; s < sides; s++) {
        const a = base + row * (sides + 1) + s;
        if (sign < 0) this.indices.push(center, a + 1, a);
        else this.indices.push(center, a, a + 1);
      }
    }
    return this;
  }

  /** A flat plate of thickness `thickness` over a convex outline (fan-triangulated). */
  slab(outline: readonly Vec3[], thickness: number): this {
    const [p0, p1, p2] = outline;
    if (!p0 || !p1 || !p2) return this;
    const n = normalize(cross(sub(p1, p0), sub(p2, p0)));
    const half = thickness / 2;
    const top = outline.map((p) => this.vertex([p[0] + n[0] * half, p[1] + n[1] * half, p[2] + n[2] * half], n));
    const neg: Vec3 = [-n[0], -n[1], -n[2]];
    const bottom = outline.map((p) => this.vertex([p[0] - n[0] * half, p[1] - n[1] * half, p[2] - n[2] * half], neg));
    for (let i = 1; i + 1 < outline.length; i++) {
      this.indices.push(top[0] ?? 0, top[i] ?? 0, top[i + 1] ?? 0);
      this.indices.push(bottom[0] ?? 0, bottom[i + 1] ?? 0, bottom[i] ?? 0);
    }
    outline.forEach((_, i) => {
      const j = (i + 1) % outline.length;
      const [a, b, c, d] = [top[i] ?? 0, top[j] ?? 0, bottom[j] ?? 0, bottom[i] ?? 0];
      this.indices.push(a, d, c, a, c, b);
    });
    return this;
  }

  /**
   * A curved plate of thickness `thickness` over a grid of points (rows of equal length), with its
   * normals from the grid's tangents and a rim closing the four edges.
   */
  plate(rows: readonly (readonly Vec3[])[], thickness: number): this {
    const nr = rows.length;
    const nc = rows[0]?.length ?? 0;
    if (nr < 2 || nc < 2) return this;
    const at = (r: number, c: number): Vec3 =>
      rows[Math.min(Math.max(r, 0), nr - 1)]?.[Math.min(Math.max(c, 0), nc - 1)] ?? [0, 0, 0];
    const base = this.positions.length / 3;
    for (const side of [1, -1] as const) {
      for (let r = 0; r < nr; r++) {
        for (let c = 0; c < nc; c++) {
          const n = normalize(cross(sub(at(r + 1, c), at(r - 1, c)), sub(at(r, c + 1), at(r, c - 1))));
          const p = at(r, c);
          const h = (side * thickness) / 2;
          this.vertex([p[0] + n[0] * h, p[1] + n[1] * h, p[2] + n[2] * h], side > 0 ? n : [-n[0], -n[1], -n[2]]);
        }
      }
    }
    const layer = nr * nc;
    const v = (r: number, c: number, l: number) => base + l * layer + r * nc + c;
    const quad = (a: number, b: number, c: number, d: number) => this.indices.push(a, b, c, a, c, d);
    for (let r = 0; r + 1 < nr; r++) {
      for (let c = 0; c + 1 < nc; c++) {
        quad(v(r, c, 0), v(r + 1, c, 0), v(r + 1, c + 1, 0), v(r, c + 1, 0));
        quad(v(r, c, 1), v(r, c + 1, 1), v(r + 1, c + 1, 1), v(r + 1, c, 1));
      }
    }
    for (let r = 0; r + 1 < nr; r++) {
      quad(v(r, 0, 1), v(r + 1, 0, 1), v(r + 1, 0, 0), v(r, 0, 0));
      quad(v(r, nc - 1, 0), v(r + 1, nc - 1, 0), v(r + 1, nc - 1, 1), v(r, nc - 1, 1));
    }
    for (let c = 0; c + 1 < nc; c++) {
      quad(v(0, c, 0), v(0, c + 1, 0), v(0, c + 1, 1), v(0, c, 1));
      quad(v(nr - 1, c, 1), v(nr - 1, c + 1, 1), v(nr - 1, c + 1, 0), v(nr - 1, c, 0));
    }
    return this;
  }

  private grid(base: number, cols: number, rows: number, sphere: boolean): void {
    for (let r = 0; r < rows; r++) {
      for (let s = 0; s < cols - 1; s++) {
        const a = base + r * cols + s;
        if (sphere) this.indices.push(a, a + cols, a + cols + 1, a, a + cols + 1, a + 1);
        else this.indices.push(a, a + 1, a + cols + 1, a, a + cols + 1, a + cols);
      }
    }
  }
}
