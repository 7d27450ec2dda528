package org.entente.loader.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.update.UpdateFactory;
import org.entente.loader.source.InputException;

/**
 * A SPARQL query with the header of its leading comment lines. A named query is kept in a
 * {@code .rq} file whose header gives its title, its description and its parameters:
 *
 * <pre>
 * # title: NATO members bordering Russia
 * # description: NATO members that share a land border with Russia on a given day.
 * # param asOf: date, default today. The day on which membership is evaluated.
 * # param alliance: organisation, required. The alliance (NATO, CSTO or EU).
 * </pre>
 *
 * Each parameter binds the query variable of the same name to a typed RDF term. A user's own
 * query ({@link #parseUserQuery}: a file, standard input, {@code --sparql}) is any SPARQL query;
 * its header is optional, and may declare parameters too.
 */
public record NamedQuery(String name, String title, String description, List<QueryParameter> parameters,
        String text, Query query) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern FIELD = Pattern.compile("#\\s*(title|description)\\s*:\\s*(.+)");
    private static final Pattern PARAM = Pattern.compile(
            "#\\s*param\\s+([A-Za-z][A-Za-z0-9_]*)\\s*:\\s*([a-z]+)\\s*,\\s*(required|default\\s+(\\S+?))\\s*\\.\\s*(.+)");

    /** The parameter of this name, if the query has one. */
    public Optional<QueryParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Parses a named query's file, whose header must give a title and a description; {@code file} names it in errors. */
    public static NamedQuery parse(String name, String file, String text) {
        return parse(name, file, text, true);
    }

    /**
     * Parses a user's query: any SPARQL query, with or without a header (its title is then the
     * name); {@code source} names it in errors.
     */
    public static NamedQuery parseUserQuery(String name, String source, String text) {
        return parse(name, source, text, false);
    }

    private static NamedQuery parse(String name, String file, String text, boolean named) {
        if (named && !NAME.matcher(name).matches()) {
            throw new InputException(file, "query name '" + name + "' must be lower-case letters, digits and hyphens");
        }
        String title = null;
        String description = null;
        List<QueryParameter> params = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("#")) {
                break;
            }
            Matcher f = FIELD.matcher(line);
            Matcher p = PARAM.matcher(line);
            if (f.matches()) {
                if (f.group(1).equals("title")) {
                    title = f.group(2).strip();
                } else {
                    description = f.group(2).strip();
                }
            } else if (p.matches()) {
                String pname = p.group(1);
                int lineNo = i + 1;
                ParameterType type = ParameterType.named(p.group(2)).orElseThrow(() -> new InputException(file, lineNo,
                        "unknown parameter type '" + p.group(2) + "'; expected one of " + List.of(ParameterType.values())));
                Optional<String> def = p.group(3).equals("required") ? Optional.empty() : Optional.of(p.group(4));
                if (params.stream().anyMatch(q -> q.name().equals(pname))) {
                    throw new InputException(file, lineNo, "parameter '" + pname + "' is declared twice");
                }
                params.add(new QueryParameter(pname, type, def, p.group(5).strip()));
            } else if (line.matches("#\\s*param\\b.*")) {
                throw new InputException(file, i + 1,
                        "malformed parameter; expected '# param NAME: TYPE, required. Description' or '# param NAME: TYPE, default VALUE. Description'");
            }
        }
        if (title == null && named) {
            throw new InputException(file, 1, "the header has no '# title: ...' line");
        }
        if (description == null && named) {
            throw new InputException(file, 1, "the header has no '# description: ...' line");
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw syntaxError(file, text, e);
        }
        for (QueryParameter qp : params) {
            if (!mentions(query, qp.name())) {
                throw new InputException(file, 1, "parameter '" + qp.name() + "' is not a variable of the query");
            }
        }
        return new NamedQuery(name, title == null ? name : title, description == null ? "" : description, List.copyOf(params),
                text, query);
    }

    private static final Pattern AT_LINE = Pattern.compile("at line (\\d+), column \\d+");

    /**
     * The error for a query that does not parse, on the line the parser names in its message:
     * {@link QueryParseException#getLine()} is the line of the last good token, often lines
     * earlier, and 0 when the text fails at its first keyword.
     */
    private static InputException syntaxError(String file, String text, QueryParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher at = AT_LINE.matcher(message);
        int line = at.find() ? Integer.parseInt(at.group(1)) : Math.max(e.getLine(), 0);
        try {
            UpdateFactory.create(text);
            return new InputException(file, line, "is a SPARQL update, not a query; kg query only reads the store");
        } catch (QueryParseException notAnUpdateEither) {
            return new InputException(file, line, "SPARQL syntax error: " + firstLine(message));
        }
    }

    private static boolean mentions(Query query, String var) {
        // The query text is the authority: a parameter must appear as ?name or $name.
        return Pattern.compile("[?$]" + Pattern.quote(var) + "\\b").matcher(query.toString()).find()
                || query.getProjectVars().contains(Var.alloc(var));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
