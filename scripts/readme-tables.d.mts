/** The README's inputs and outputs tables, from action.yml's text. */
export function renderTables(actionYml: string): { inputs: string; outputs: string };
/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceBetween(text: string, name: string, content: string): string;
