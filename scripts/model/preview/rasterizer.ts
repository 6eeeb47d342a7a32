/** A colour buffer with depth, drawn by `drawTriangles`. */
export interface Frame {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** RGB 0..1 per pixel. */
  color: Float32Array;
  /** Depth per pixel (larger is nearer the camera), -Infinity where empty. */
  depth: Float32Array;
}

/** An orthographic view turned about the vertical axis. */
export interface View {
  /** Azimuth in radians: 0 looks at the front (camera on +Z), PI/2 at the body's left side (camera on +X). */
  azimuth: number;
  /** Pixels per metre. */
  scale: number;
  /** Body-frame height shown at the image centre, metres. */
  centerY: number;
  /** Horizontal screen coordinate shown at the image centre, metres (default 0). */
  centerX?: number;
}

/** Triangles with per-vertex colour and normal, already in the body frame. */
export interface ShadedMesh {
  /** xyz per vertex. */
  positions: Float32Array;
  /** xyz per vertex. */
  normals: Float32Array;
  /** rgb 0..1 per vertex. */
  colors: Float32Array;
  /** Three indices per triangle. */
  indices: Uint32Array;
}

/** A frame filled with the background colour. */
export function createFrame(width: number, height: number, background: [number, number, number]): Frame {
  const color = new Float32Array(width * height * 3);
  for (let i = 0; i < width * height; i++) color.set(background, i * 3);
  return { width, height, color, depth: new Float32Array(width * height).fill(-Infinity) };
}

/** Draws a mesh with Lambert shading from a light over the viewer's left shoulder, two-sided. */
export function drawMesh(frame: Frame, mesh: ShadedMesh, view: View): void {
  const { width, height } = frame;
  const c = Math.cos(view.azimuth);
  const s = Math.sin(view.azimuth);
  const count = mesh.positions.length / 3;
  const sx = new Float32Array(count);
  const sy = new Float32Array(count);
  const sz = new Float32Array(count);
  const light = [-0.35 * c + 0.75 * s, 0.55, 0.75 * c + 0.35 * s];
  const ll = Math.hypot(light[0] ?? 0, light[1] ?? 0, light[2] ?? 0);
  const [lx = 0, ly = 0, lz = 0] = light.map((v) => v / ll);
  for (let v = 0; v < count; v++) {
    const x = mesh.positions[v * 3] ?? 0;
    const y = mesh.positions[v * 3 + 1] ?? 0;
    const z = mesh.positions[v * 3 + 2] ?? 0;
    sx[v] = width / 2 + (x * c - z * s - (view.centerX ?? 0)) * view.scale;
    sy[v] = height / 2 - (y - view.centerY) * view.scale;
    sz[v] = x * s + z * c;
  }
  const vx = s;
  const vz = c;
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = mesh.indices[t] ?? 0;
    const b = mesh.indices[t + 1] ?? 0;
    const d = mesh.indices[t + 2] ?? 0;
    const ax = sx[a] ?? 0,
      ay = sy[a] ?? 0,
      bx = sx[b] ?? 0,
      by = sy[b] ?? 0,
      dx = sx[d] ?? 0,
      dy = sy[d] ?? 0;
    const area = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
    if (Math.abs(area) < 1e-9) continue;
    const minX = Math.max(0, Math.floor(Math.min(ax, bx, dx)));
    const maxX = Math.min(width - 1, Math.ceil(Math.max(ax, bx, dx)));
    const minY = Math.max(0, Math.floor(Math.min(ay, by, dy)));
    const maxY = Math.min(height - 1, Math.ceil(Math.max(ay, by, dy)));
    for (let py = minY; py <= maxY; py++) {
      for (let px = minX; px <= maxX; px++) {
        const qx = px + 0.5;
        const qy = py + 0.5;
        const w0 = ((bx - qx) * (dy - qy) - (by - qy) * (dx - qx)) / area;
        const w1 = ((dx - qx) * (ay - qy) - (dy - qy) * (ax - qx)) / area;
        const w2 = 1 - w0 - w1;
        if (w0 < 0 || w1 < 0 || w2 < 0) continue;
        const depth = w0 * (sz[a] ?? 0) + w1 * (sz[b] ?? 0) + w2 * (sz[d] ?? 0);
        const pixel = py * width + px;
        if (depth <= (frame.depth[pixel] ?? 0)) continue;
        frame.depth[pixel] = depth;
        let nx = 0,
          ny = 0,
          nz = 0,
          r = 0,
          g = 0,
          bl = 0;
        for (const [vi, w] of [
          [a, w0],
          [b, w1],
          [d, w2],
        ] as const) {
          nx += (mesh.normals[vi * 3] ?? 0) * w;
          ny += (mesh.normals[vi * 3 + 1] ?? 0) * w;
          nz += (mesh.normals[vi * 3 + 2] ?? 0) * w;
          r += (mesh.colors[vi * 3] ?? 0) * w;
          g += (mesh.colors[vi * 3 + 1] ?? 0) * w;
          bl += (mesh.colors[vi * 3 + 2] ?? 0) * w;
        }
        const nl = Math.hypot(nx, ny, nz) || 1;
        const facing = (nx * vx + nz * vz) / nl < 0 ? -1 : 1;
        const lambert = Math.max(0, (facing * (nx * lx + ny * ly + nz * lz)) / nl);
        const shade = 0.32 + 0.68 * lambert;
        frame.color[pixel * 3] = r * shade;
        frame.color[pixel * 3 + 1] = g * shade;
        frame.color[pixel * 3 + 2] = bl * shade;
      }
    }
  }
}

/** Blends `top` over `base` with `alpha` where top is nearer the camera than base (x-ray skin). */
export function compositeOver(base: Frame, top: Frame, alpha: number): void {
  for (let i = 0; i < base.width * base.height; i++) {
    const td = top.depth[i] ?? -Infinity;
    if (td === -Infinity || td < (base.depth[i] ?? -Infinity)) continue;
    for (let k = 0; k < 3; k++) {
      const at = i * 3 + k;
      base.color[at] = (base.color[at] ?? 0) * (1 - alpha) + (top.color[at] ?? 0) * alpha;
    }
  }
}
