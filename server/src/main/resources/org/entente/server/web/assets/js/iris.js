// What the page knows about IRIs, all of it from /api/config: how to shorten one with the standard
// prefixes, where a link to it goes (the rules of the Linked Data pages), and, for the parameter
// types that name entities (state, organisation, treaty), how a value such as POL and the entity's
// IRI correspond. Nothing here knows the project's IRI scheme or namespaces. Pure.

/**
 * The IRI functions for a configuration {baseIri, prefixes, links, entityTypes} as /api/config
 * gives it.
 */
export function createIris(config) {
  const prefixes = Object.entries(config.prefixes || {}).sort((a, b) => b[1].length - a[1].length);
  const links = [...(config.links || [])].sort((a, b) => b.iri.length - a.iri.length);
  const entityTypes = config.entityTypes || {};

  /** A prefixed name (ent:State) if a prefix fits and the rest is a plain local name, else the IRI. */
  function shortName(iri) {
    for (const [p, ns] of prefixes) {
      if (ns && iri.startsWith(ns) && /^[A-Za-z0-9_-]*$/.test(iri.substring(ns.length))) return p + ":" + iri.substring(ns.length);
    }
    return iri;
  }

  /**
   * Where a link to an IRI goes: this server's page for its own IRIs and the ontology's terms, a
   * readable page for Wikidata's, the IRI itself for any other http(s) IRI, and nowhere (null) for
   * anything else (so that no javascript: IRI in the data becomes a link).
   */
  function href(iri) {
    for (const rule of links) {
      const matches = rule.match === "exact" ? iri === rule.iri
        : rule.match === "document" ? iri === rule.iri || iri.startsWith(rule.iri + "#")
        : iri.startsWith(rule.iri);
      if (matches) {
        return rule.match === "prefix" ? rule.href + iri.substring(rule.iri.length) : rule.href;
      }
    }
    return /^https?:\/\//i.test(iri) ? iri : null;
  }

  /** True if a link goes to a page of this server. */
  function isLocal(link) {
    return typeof link === "string" && link.startsWith("/") && !link.startsWith("//");
  }

  /** The entity type of a parameter type ("state" → {classIri, search, namespace}), or null. */
  function entityType(type) {
    return Object.prototype.hasOwnProperty.call(entityTypes, type) ? entityTypes[type] : null;
  }

  /** The value a parameter of an entity type takes for an entity's IRI (POL), or the IRI itself. */
  function parameterValue(type, iri) {
    const t = entityType(type);
    if (t && iri.startsWith(t.namespace)) {
      const rest = iri.substring(t.namespace.length);
      if (rest && !/[/#?]/.test(rest)) return rest;
    }
    return iri;
  }

  /** The kind (state, organisation, treaty) of an entity with these rdf:types, or null. */
  function kindOf(types) {
    for (const [kind, t] of Object.entries(entityTypes)) {
      if (types.has(t.classIri)) return kind;
    }
    return null;
  }

  return { shortName, href, isLocal, entityType, parameterValue, kindOf, baseIri: config.baseIri };
}
