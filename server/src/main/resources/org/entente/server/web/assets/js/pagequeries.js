// The page's own SPARQL queries (organisations for a parameter, the ontology's terms for
// completion, what the IRIs of a result are), written with the prefixes and entity classes of
// /api/config, and readers of their answers. Pure: text in, text and objects out.

import { iriRef, prefixLine } from "./querytext.js";
import { isoKey } from "./mapdata.js";

/** The PREFIX lines for these prefixes, from the configuration; a prefix it lacks is an error. */
export function prefixes(config, names) {
  return names.map((p) => {
    const ns = config.prefixes && config.prefixes[p];
    if (!ns) throw new Error("the server's configuration has no prefix " + p + ":");
    return prefixLine(p, ns);
  }).join("\n");
}

function classOf(config, type) {
  const t = config.entityTypes && config.entityTypes[type];
  if (!t) throw new Error("the server's configuration has no entity type " + type);
  return iriRef(t.classIri);
}

/** The query the editor starts with: the alliances and their numbers of members. */
export function starterQuery(config) {
  let head;
  try {
    head = prefixes(config, ["ent", "rdfs", "xsd"]);
  } catch (e) {
    head = "# (The server's prefixes could not be read: add PREFIX lines for ent:, rdfs: and xsd:.)";
  }
  return `# Which organisations are there, and how many members does each have today?
# Press Run (or Ctrl+Enter), or pick an example on the left.
${head}

SELECT ?organisation ?name (COUNT(?member) AS ?members)
WHERE {
  ?organisation a ent:InternationalOrganisation ;
                rdfs:label ?name .
  FILTER (lang(?name) = "en")
  BIND (xsd:date(SUBSTR(STR(NOW()), 1, 10)) AS ?today)
  OPTIONAL {
    ?membership ent:organisation ?organisation ; ent:member ?member ; ent:startDate ?since .
    OPTIONAL { ?membership ent:endDate ?until }
    FILTER (?since <= ?today && (!BOUND(?until) || ?until >= ?today))
  }
}
GROUP BY ?organisation ?name
ORDER BY DESC(?members)
`;
}

/** The organisations of the graph with their acronyms and English names. */
export function organisationsQuery(config) {
  return `${prefixes(config, ["ent", "rdfs"])}
SELECT ?org ?acronym (SAMPLE(?l) AS ?label) WHERE {
  ?org a ${classOf(config, "organisation")} ; ent:acronym ?acronym .
  OPTIONAL { ?org rdfs:label ?l FILTER (lang(?l) = "en") }
} GROUP BY ?org ?acronym ORDER BY ?acronym`;
}

/** [{iri, acronym, label}] from the answer of organisationsQuery. */
export function readOrganisations(json) {
  return json.results.bindings.map((b) => ({
    iri: b.org.value, acronym: b.acronym.value, label: b.label ? b.label.value : b.acronym.value,
  }));
}

/** The classes, properties and individuals the graph declares, with their labels, for completion. */
export function termsQuery(config) {
  return `${prefixes(config, ["owl", "rdfs"])}
SELECT DISTINCT ?t (SAMPLE(?l) AS ?label) WHERE {
  VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty owl:NamedIndividual }
  ?t a ?kind .
  FILTER (isIRI(?t))
  OPTIONAL { ?t rdfs:label ?l FILTER (lang(?l) = "en" || lang(?l) = "") }
} GROUP BY ?t ORDER BY ?t`;
}

/** [{iri, label}] from the answer of termsQuery. */
export function readTerms(json) {
  return json.results.bindings.map((b) => ({ iri: b.t.value, label: b.label ? b.label.value : "" }));
}

/**
 * What the IRIs of a result are, in one query: labels (English or untagged, else another
 * language), rdf:types, ISO 3166-1 numeric codes, coordinates, and the point of the state a
 * place without coordinates is part of. Rows ?x ?k ?v (and ?s ?la ?lo for partOf); read with
 * mapdata.readDescriptions.
 */
export function describeQuery(config, iris) {
  const state = classOf(config, "state");
  return `${prefixes(config, ["rdfs", "ent", "geo"])}
SELECT ?x ?k ?v ?s ?la ?lo WHERE {
  VALUES ?x { ${iris.map(iriRef).join(" ")} }
  { ?x rdfs:label ?v FILTER (lang(?v) = "en" || lang(?v) = "") BIND ("label" AS ?k) }
  UNION { ?x rdfs:label ?v FILTER (lang(?v) != "en" && lang(?v) != "")
          FILTER NOT EXISTS { ?x rdfs:label ?e FILTER (lang(?e) = "en" || lang(?e) = "") } BIND ("other" AS ?k) }
  UNION { ?x a ?v BIND ("type" AS ?k) }
  UNION { ?x ent:iso3166Numeric ?v BIND ("num" AS ?k) }
  UNION { ?x geo:lat ?v BIND ("lat" AS ?k) }
  UNION { ?x geo:long ?v BIND ("long" AS ?k) }
  UNION { ?x ent:partOf ?s . ?s a ${state} ; geo:lat ?la ; geo:long ?lo BIND ("partOf" AS ?k) }
}`;
}

/** Every state of the graph with an ISO 3166-1 numeric code, for the names and links of the map's other countries. */
export function allStatesQuery(config) {
  return `${prefixes(config, ["rdfs", "ent"])}
SELECT ?s ?num (SAMPLE(?l) AS ?label) WHERE {
  ?s a ${classOf(config, "state")} ; ent:iso3166Numeric ?num .
  OPTIONAL { ?s rdfs:label ?l FILTER (lang(?l) = "en") }
} GROUP BY ?s ?num`;
}

/** Map ISO key → {iri, label} from the answer of allStatesQuery. */
export function readAllStates(json) {
  const out = new Map();
  for (const b of json.results.bindings) {
    const k = isoKey(b.num.value);
    if (k) out.set(k, { iri: b.s.value, label: b.label ? b.label.value : "" });
  }
  return out;
}
