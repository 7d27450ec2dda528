// Fakes for the tests: a fetch that records requests and answers from a function.

export function fakeFetch(answer) {
  const calls = [];
  const fetch = async (url, init = {}) => {
    const body = init.body instanceof URLSearchParams ? init.body.toString() : init.body;
    calls.push({ url, method: init.method || "GET", headers: init.headers || {}, body });
    const a = await answer(url, init, calls.length - 1);
    const status = a.status || 200;
    return {
      ok: status >= 200 && status < 300,
      status,
      headers: { get: (h) => (h.toLowerCase() === "content-type" ? a.type || "application/json" : null) },
      text: async () => (typeof a.body === "string" ? a.body : JSON.stringify(a.body)),
      json: async () => (typeof a.body === "string" ? JSON.parse(a.body) : a.body),
    };
  };
  return { fetch, calls };
}
