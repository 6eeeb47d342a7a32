import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { create } from "zustand";
import { i18n } from "../i18n/i18n";
import { type BodyModel, splitBodyModel } from "./bodyModel";

/** Where the generated model is served from (next to index.html, which also preloads it). */
export const bodyModelUrl = `${import.meta.env.BASE_URL}models/body.glb`;

/** Where the model download stands. */
export type ModelLoad =
  | {
      /** Downloading or decoding. */
      status: "loading";
      /** Bytes received so far. */
      received: number;
      /** Size of the download in bytes, when the server said it. */
      total: number | null;
    }
  | {
      /** Decoded and split into its parts. */
      status: "ready";
      /** The model. */
      model: BodyModel;
    }
  | {
      /** Failed; `retryBodyModel` starts over. */
      status: "error";
      /** What went wrong, in words a user can act on. */
      message: string;
    };

/** The model download, for the scene (which waits for `ready`) and the progress overlay. */
export const useModelLoad = create<ModelLoad>(() => ({ status: "loading", received: 0, total: null }));

/** Reads the response body chunk by chunk, reporting the bytes received. */
async function readWithProgress(response: Response, onProgress: (received: number) => void): Promise<ArrayBuffer> {
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(received);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

async function download(url: string): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(i18n.t("viewer.downloadFailed"));
  }
  if (!response.ok) {
    throw new Error(i18n.t("viewer.serverAnswered", { status: response.status }));
  }
  const length = Number(response.headers.get("content-length"));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  useModelLoad.setState({ status: "loading", received: 0, total });
  return readWithProgress(response, (received) =>
    useModelLoad.setState({ status: "loading", received, total: total !== null && received <= total ? total : null }),
  );
}

let attempt = 0;

/** Downloads, decodes and splits the model (meshopt through three's bundled decoder: nothing remote). */
async function load(url: string): Promise<void> {
  const mine = ++attempt;
  useModelLoad.setState({ status: "loading", received: 0, total: null });
  try {
    const buffer = await download(url);
    performance.mark("model-fetched");
    const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    const gltf = await loader.parseAsync(buffer, url.slice(0, url.lastIndexOf("/") + 1)).catch((error: unknown) => {
      throw new Error(i18n.t("viewer.damaged", { message: (error as Error).message }));
    });
    const model = splitBodyModel(gltf.scene, (gltf.asset?.extras ?? {}) as Record<string, unknown>);
    performance.mark("model-decoded");
    if (mine === attempt) useModelLoad.setState({ status: "ready", model });
  } catch (error) {
    if (mine === attempt) useModelLoad.setState({ status: "error", message: (error as Error).message });
  }
}

/** Starts loading the model unless it is loading or loaded already. */
export function loadBodyModel(url = bodyModelUrl): void {
  if (attempt === 0) void load(url);
}

/** Starts over after a failure. */
export function retryBodyModel(url = bodyModelUrl): void {
  void load(url);
}
