/**
 * What the page gets when it asks Microsoft's CDN for office.js: the REAL Excel runtime
 * (`@microsoft/office-js`, the Excel on the web build, read from node_modules at test time and
 * never copied into the repository) between a small prelude and a host stand-in. They play the part
 * of the office.js loader and Excel's add-in host only: CustomFunctions.associate (the loader's
 * association table, which the runtime's custom-function proxy reads), Office.onReady,
 * Office.actions.associate (kept so the test can call a ribbon function as Excel does),
 * showAsTaskpane, settings, the requirement sets and the channel Excel's messages arrive by. Every
 * Excel.run of the page then goes through the real runtime's request executor, which posts each
 * sync's RichApi JSON to the custom send function: here, a function Playwright exposes that
 * answers from an in-memory Excel on the Node side (bench/officejs, the recording host).
 */
import { readFileSync } from "node:fs";
import { RUNTIME_FILE } from "../../../bench/officejs/runtime";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The name of the function the page calls for each request (Playwright's exposeFunction). */
export const SEND_FUNCTION = "__perfChallengeExcelSend";
/** Where the stand-in keeps what the test reads: associated functions, panes shown, settings. */
export const HOST_GLOBAL = "__perfChallengeTestHost";
/** A URL the runtime addresses its requests to; nothing is fetched from it. */
const REQUEST_URL = "https://excel-host.invalid/_api";

/**
 * Runs in the page BEFORE the runtime, as the office.js loader does: the CustomFunctions global
 * and its association table (what `CustomFunctions.associate(id, fn)` fills; the runtime's
 * custom-function proxy is handed this table as it loads). With `customFunctions`, the host info
 * says the page hosts custom functions, so the runtime starts its custom-function proxy at
 * Office.onReady, as in Excel.
 */
function prelude(customFunctions: boolean): string {
  return `
(function () {
  function Association() { this.mappings = {}; this.handlers = []; }
  Association.prototype.associate = function (name, fn) {
    if (typeof name !== "string" || typeof fn !== "function") throw new Error("[InvalidArg] Function=associate");
    this.mappings[name.toUpperCase()] = fn;
    for (var i = 0; i < this.handlers.length; i++) this.handlers[i]();
  };
  Association.prototype.onchange = function (handler) { this.handlers.push(handler); };
  var association = new Association();
  window.CustomFunctions = {
    _association: association,
    associate: function (name, fn) { association.associate(name, fn); },
  };
  ${
    customFunctions
      ? `window.OSF = window.OSF || {};
  OSF._OfficeAppFactory = {
    getHostInfo: function () {
      return { hostType: "excel", hostPlatform: "web", hostSpecificFileVersion: "16.00", isDialog: false, flags: 2 };
    },
  };`
      : ""
  }
})();
`;
}

/** Runs in the page right after the runtime (plain ES2017, no module syntax). */
const HOST_STAND_IN = `
(function () {
  var office = (window.Office = window.Office || {});
  var info = { host: "Excel", platform: "OfficeOnline" };
  var host = { mappings: {}, shown: 0, settings: {} };
  window[${JSON.stringify(HOST_GLOBAL)}] = host;
  office.HostType = office.HostType || {};
  office.HostType.Excel = "Excel";
  office.onReady = function (callback) {
    return Promise.resolve().then(function () {
      if (callback) callback(info);
      return info;
    });
  };
  office.actions = {
    associate: function (name, fn) {
      if (typeof name !== "string" || typeof fn !== "function") throw new Error("[InvalidArg] Function=associate");
      host.mappings[name] = fn;
    },
  };
  office.addin = { showAsTaskpane: function () { host.shown += 1; return Promise.resolve(); } };
  // Office.context is a getter over the host's context (OSF._OfficeAppFactory.getContext), which
  // a real host initialises through its channel; the stand-in supplies that context.
  var context = {
    platform: "OfficeOnline",
    requirements: { isSetSupported: function () { return true; } },
    document: {
      settings: {
        get: function (key) { return key in host.settings ? host.settings[key] : null; },
        set: function (key, value) { host.settings[key] = value; },
        saveAsync: function (callback) { if (callback) callback({ status: "succeeded" }); },
      },
    },
  };
  // (office.js, the loader this file replaces, defines the factory; the Excel build only reads it.)
  OSF._OfficeAppFactory = OSF._OfficeAppFactory || {};
  OSF._OfficeAppFactory.getContext = function () { return context; };
  OSF._OfficeAppFactory.getHostInfo = function () {
    return { hostType: "excel", hostPlatform: "web", hostSpecificFileVersion: "16.00", isDialog: false };
  };
  // Excel's messages to the page (custom-function invocations) arrive through this manager; the
  // test delivers them to the handlers the runtime registered.
  OSF.DDA = OSF.DDA || {};
  OSF.DDA.RichApi = OSF.DDA.RichApi || {};
  host.richApiHandlers = [];
  OSF.DDA.RichApi.richApiMessageManager = {
    register: function (handler) { host.richApiHandlers.push(handler); return Promise.resolve(); },
    removeHandlerAsync: function (_type, _options, callback) { if (callback) callback({ status: "succeeded" }); },
  };
  // Excel.run(batch) without a URL takes this default: the runtime's HTTP request executor.
  OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = { url: ${JSON.stringify(REQUEST_URL)}, headers: {} };
  OfficeExtension.HttpUtility.setCustomSendRequestFunc(function (request) {
    return window[${JSON.stringify(SEND_FUNCTION)}](JSON.stringify(request)).then(JSON.parse);
  });
})();
`;

/**
 * What the page gets for office.js. `customFunctions`: the runtime also starts its custom-function
 * proxy (its requests and Excel's invocations are then the test's to answer and send).
 */
export function officeJsResponse(options: { customFunctions?: boolean } = {}): string {
  const runtime = readFileSync(require.resolve(RUNTIME_FILE), "utf8");
  return `${prelude(options.customFunctions === true)}\n;${runtime}\n;${HOST_STAND_IN}`;
}
