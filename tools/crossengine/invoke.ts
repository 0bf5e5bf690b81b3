// How every engine calls a bundled runner: one self-contained expression, no globals left behind.

/** Wraps the bundle so evaluating it returns runJobsJson's output for `inputJson` without
 *  leaving globals behind (the input is passed as a JSON string literal). */
export function invocation(bundle: string, inputJson: string): string {
  return `(function(){\n${bundle}\nreturn __crossengine.runJobsJson(${JSON.stringify(inputJson)});\n})()`;
}
