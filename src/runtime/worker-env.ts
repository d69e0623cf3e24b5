import type { D1DatabaseLike } from "../store/d1";

/** The static-assets binding (`[assets] binding = "ASSETS"`): a fetch over the uploaded `dist/web`. */
export interface AssetsBinding {
  fetch(request: Request): Promise<Response>;
}

/**
 * What the Worker receives as `env`: the D1 binding, the assets binding, and `[vars]` / secrets by name.
 * Typed structurally so these files also compile (and run in tests) under Node.
 */
export interface WorkerEnv {
  DB: D1DatabaseLike;
  ASSETS?: AssetsBinding;
  [variable: string]: unknown;
}
