/**
 * Office.js defines the CustomFunctions global that the associate calls appended to functions.ts
 * use. Opened outside Office the page has no Office.js: this stand-in, which ignores them, leaves
 * the page showing that it runs inside Excel instead of failing with a script error. Imported
 * before functions.ts (module order is evaluation order).
 */
const page = globalThis as { CustomFunctions?: unknown };
page.CustomFunctions ??= { associate: () => undefined };

export {};
