/**
 * The production manifest: manifest.xml is written for the development origin
 * (https://localhost:3000); a council hosts dist/web at its own HTTPS address, so the build
 * (`ADDIN_ORIGIN=https://… npm run build`) writes dist/web/manifest.xml with every URL moved there.
 * Plain CommonJS: webpack.config.js and the tests both use it.
 */
const DEV_ORIGIN = "https://localhost:3000";

/**
 * The base URL the add-in is served from, ending in "/": an https origin, optionally with a path
 * (https://apps.council.gov.uk/performance/). Throws with what to type when it is not one.
 */
function addinBase(text) {
  let url;
  try {
    url = new URL(String(text).trim());
  } catch {
    throw new Error(
      `ADDIN_ORIGIN "${text}" is not a web address — give the HTTPS address dist/web is served from, such as https://apps.council.gov.uk/performance/.`
    );
  }
  if (url.protocol !== "https:")
    throw new Error(
      `ADDIN_ORIGIN "${text}" must start with https:// — Office loads add-ins only over HTTPS.`
    );
  if (url.search || url.hash || url.username || url.password)
    throw new Error(
      `ADDIN_ORIGIN "${text}" must be a plain address, without ?query, #fragment or user name.`
    );
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return { origin: url.origin, base: `${url.origin}${path}` };
}

/** manifest.xml with every development URL moved to `origin` (AppDomain: the origin alone). */
function manifestForOrigin(xml, origin) {
  const { origin: bare, base } = addinBase(origin);
  return xml
    .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
    .join(`<AppDomain>${bare}</AppDomain>`)
    .split(`${DEV_ORIGIN}/`)
    .join(base);
}

module.exports = { DEV_ORIGIN, addinBase, manifestForOrigin };
