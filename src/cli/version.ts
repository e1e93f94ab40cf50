/** Kept in step with package.json (a test checks it); read at build time, not from disk. */
export const VERSION = "0.1.0";
