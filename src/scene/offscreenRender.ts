import {
  type Camera,
  HalfFloatType,
  type Object3D,
  RGBAFormat,
  UnsignedByteType,
  type WebGLRenderer,
  WebGLRenderTarget,
} from "three";
import { OutputPass } from "three/examples/jsm/postprocessing/OutputPass.js";

/**
 * Renders a scene with the app's renderer into an image of its own size, never touching the
 * canvas: multisampled in linear light, then tone-mapped and encoded as the canvas is, and read
 * back into a 2D canvas (rows top first). Reuse one renderer; call `dispose` when done.
 */
export function createOffscreenRenderer(gl: WebGLRenderer, width: number, height: number) {
  const linear = new WebGLRenderTarget(width, height, { type: HalfFloatType, samples: 4 });
  const encoded = new WebGLRenderTarget(width, height, { type: UnsignedByteType, format: RGBAFormat });
  const output = new OutputPass();
  const pixels = new Uint8Array(width * height * 4);
  return {
    /** Draws `scene` as seen by `camera` into a new 2D canvas. */
    render(scene: Object3D, camera: Camera): HTMLCanvasElement {
      const previous = gl.getRenderTarget();
      gl.setRenderTarget(linear);
      gl.clear();
      gl.render(scene, camera);
      output.render(gl, encoded, linear, 0, false);
      gl.readRenderTargetPixels(encoded, 0, 0, width, height, pixels);
      gl.setRenderTarget(previous);
      const canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2D canvas");
      const image = context.createImageData(width, height);
      const row = width * 4;
      for (let y = 0; y < height; y++)
        image.data.set(pixels.subarray((height - 1 - y) * row, (height - y) * row), y * row);
      context.putImageData(image, 0, 0);
      return canvas;
    },
    dispose() {
      linear.dispose();
      encoded.dispose();
      output.dispose();
    },
  };
}
