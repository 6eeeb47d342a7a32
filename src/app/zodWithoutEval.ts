import { config } from "zod";

// Zod probes for eval (new Function) to compile fast parsers the first time it parses; the content
// security policy forbids eval, so the probe itself is reported as a violation. Parse without it.
// Imported first by main.tsx, before any module that parses at load.
config({ jitless: true });
