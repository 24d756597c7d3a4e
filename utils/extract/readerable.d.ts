/**
 * Readability's readerable check on its own: the package's main entry also loads the whole
 * Readability class (CommonJS, so a bundler cannot drop it), which the detector content script
 * does not need. Same signature as the main entry's export.
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  const isProbablyReaderable: typeof import('@mozilla/readability').isProbablyReaderable;
  export default isProbablyReaderable;
}
