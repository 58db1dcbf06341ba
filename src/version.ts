/** The version stamped into the files the action writes. Keep in step with package.json. */
export const VERSION = '0.1.0';
