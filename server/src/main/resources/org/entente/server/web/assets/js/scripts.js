// Loads the classic scripts of a library from this server, once, when a view first needs it
// (d3-geo for the map): a <script src> is allowed by the page's policy, as any file of 'self'.

const loading = new Map();

/** Loads the scripts in order; resolves when the last has run. */
export function loadScripts(urls) {
  return urls.reduce((previous, url) => previous.then(() => loadScript(url)), Promise.resolve());
}

function loadScript(url) {
  if (!loading.has(url)) {
    loading.set(url, new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = url;
      s.async = false;
      s.onload = () => resolve();
      s.onerror = () => {
        loading.delete(url);
        s.remove();
        reject(new Error("the script " + url + " could not be loaded"));
      };
      document.head.appendChild(s);
    }));
  }
  return loading.get(url);
}
