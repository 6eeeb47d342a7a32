/**
 * Stands in for `type-fest`, which workbox-build's types (through vite-plugin-pwa) import only for
 * `PackageJson`: the real package pulls `lib.esnext` into the whole program, and that changes how
 * typed arrays type-check everywhere else. Mapped in tsconfig.json `paths`.
 */
export type PackageJson = Record<string, unknown>;
