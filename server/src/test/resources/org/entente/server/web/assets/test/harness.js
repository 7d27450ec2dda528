// A small test runner for the web form's modules, in the browser they run in: test(name, fn)
// registers a test (fn may be async), assert checks, run() runs them all in order and reports.

const tests = [];

export function test(name, fn) {
  tests.push({ name, fn });
}

class AssertionError extends Error {
  get name() {
    return "AssertionError";
  }
}

function show(v) {
  if (v instanceof Map) return "Map(" + show([...v.entries()]) + ")";
  if (v instanceof Set) return "Set(" + show([...v]) + ")";
  try {
    return JSON.stringify(v);
  } catch (e) {
    return String(v);
  }
}

/** Structural equality: primitives, arrays, plain objects, Maps and Sets. */
export function equal(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && equal(v, b.get(k)));
  if (a instanceof Set) return a.size === b.size && [...a].every((v) => b.has(v));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal(a[k], b[k]));
}

export const assert = {
  equal(actual, expected, message) {
    if (!equal(actual, expected)) {
      throw new AssertionError((message ? message + ": " : "") + "expected " + show(expected) + ", got " + show(actual));
    }
  },
  ok(value, message) {
    if (!value) throw new AssertionError(message || "expected a true value, got " + show(value));
  },
  match(text, re, message) {
    if (!re.test(text)) throw new AssertionError((message ? message + ": " : "") + show(text) + " does not match " + re);
  },
  throws(fn, re, message) {
    try {
      fn();
    } catch (e) {
      if (re && !re.test(e.message)) throw new AssertionError((message ? message + ": " : "") + "threw " + show(e.message) + ", not " + re);
      return;
    }
    throw new AssertionError((message ? message + ": " : "") + "did not throw");
  },
  async rejects(promise, re, message) {
    try {
      await promise;
    } catch (e) {
      if (re && !re.test(e.message)) throw new AssertionError((message ? message + ": " : "") + "rejected with " + show(e.message) + ", not " + re);
      return;
    }
    throw new AssertionError((message ? message + ": " : "") + "did not reject");
  },
};

/** Runs every registered test; returns [{name, ok, message, ms}]. */
export async function run() {
  const out = [];
  for (const t of tests) {
    const started = performance.now();
    try {
      await t.fn();
      out.push({ name: t.name, ok: true, message: "", ms: Math.round(performance.now() - started) });
    } catch (e) {
      out.push({ name: t.name, ok: false, message: (e && e.stack) || String(e), ms: Math.round(performance.now() - started) });
    }
  }
  return out;
}
