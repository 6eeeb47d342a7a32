declare module "gltf-validator" {
  /** Summary of a validation run. */
  interface ValidationReport {
    issues: {
      numErrors: number;
      numWarnings: number;
      messages: { code: string; message: string; pointer?: string; severity: number }[];
    };
  }
  /** Validates a GLB or glTF JSON held in memory. */
  export function validateBytes(
    data: Uint8Array,
    options?: { maxIssues?: number; ignoredIssues?: string[] },
  ): Promise<ValidationReport>;
}
