// Types of bin/server-build.js (plain JavaScript: it runs before anything can load TypeScript).
export declare const ROOT: string;
export declare const ENTRY: string;
export declare const BUNDLE_DIR: string;
export declare const BUNDLE: string;
export declare function serverBuildIsStale(root?: string, bundle?: string): boolean;
export declare function buildServerIfNeeded(options?: { root?: string; bundle?: string; force?: boolean; log?: (line: string) => void }): Promise<string | null>;
export declare function runCli(): Promise<void>;
