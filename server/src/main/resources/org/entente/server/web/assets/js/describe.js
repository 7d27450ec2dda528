// What the graph says about the IRIs of results (labels, types, ISO codes, places), asked once per
// IRI and kept; and the list of every state for the map. Results shown by any view, now or later
// (a timeline rerunning a query per year), share what is known.

import { describeQuery, allStatesQuery, readAllStates } from "./pagequeries.js";
import { emptyInfo, readDescriptions } from "./mapdata.js";

/** IRIs per describe query: the VALUES list stays well under the server's request limits. */
export const CHUNK = 800;

/** The IRIs of a result that are not yet described, in order of first appearance. */
export function newIris(vars, rows, known) {
  const out = new Set();
  for (const row of rows) {
    for (const v of vars) {
      const t = row[v];
      if (t && t.type === "uri" && !known.has(t.value)) out.add(t.value);
    }
  }
  return [...out];
}

/** The describer over a client, a configuration and the IRI functions of that configuration. */
export function createDescriber({ client, config, iris }) {
  const info = new Map();
  let allStates = null;

  return {
    /** IRI → description (see mapdata.readDescriptions). */
    info,

    /** The name to show for an IRI: its label if known, else its prefixed name, else the IRI. */
    labelOf: (iri) => {
      const d = info.get(iri);
      return (d && d.label) || iris.shortName(iri);
    },

    /** Describes the IRIs of a SELECT result that are not yet described. */
    async describe(vars, rows) {
      const all = newIris(vars, rows, info);
      for (let i = 0; i < all.length; i += CHUNK) {
        const chunk = all.slice(i, i + CHUNK);
        const j = await client.select(describeQuery(config, chunk));
        const found = readDescriptions(j.results.bindings, new Map());
        for (const iri of chunk) info.set(iri, found.get(iri) || emptyInfo());
      }
      return info;
    },

    /** Every state of the graph with an ISO numeric code: Map ISO key → {label, href}; asked once. */
    allStates() {
      if (!allStates) {
        allStates = client.select(allStatesQuery(config)).then((j) => {
          const out = new Map();
          for (const [k, s] of readAllStates(j)) out.set(k, { label: s.label, href: iris.href(s.iri) });
          return out;
        }).catch((e) => {
          allStates = null;
          throw e;
        });
      }
      return allStates;
    },
  };
}
