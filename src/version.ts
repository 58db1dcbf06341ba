/** The version stamped into the files the action writes: package.json's, written by scripts/version.mjs. */
export const VERSION = '0.1.0';
