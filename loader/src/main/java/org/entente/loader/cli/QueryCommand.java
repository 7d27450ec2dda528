package org.entente.loader.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.shared.PrefixMapping;
import org.entente.loader.Prefixes;
import org.entente.loader.UsageException;
import org.entente.loader.query.NamedQuery;
import org.entente.loader.query.NamedQueryRegistry;
import org.entente.loader.query.QueryService;
import org.entente.loader.query.ResultFormat;
import org.entente.loader.source.Input;
import org.entente.loader.source.InputException;
import org.entente.loader.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kg query}: a named query, a SPARQL file, standard input or {@code --sparql} text, as Jena's {@code arq} runs them. */
@Command(name = "query",
        description = {"Runs a named query, a SPARQL file, standard input or --sparql text over the store.",
            "",
            "QUERY is a named query (see 'kg queries'), a file of SPARQL, or - to read the query from standard "
                + "input; or give the query's text with --sparql instead. Any SPARQL query runs; the '# title:' "
                + "header is for named queries, but a file's header may declare parameters too ('# param NAME: "
                + "TYPE, required. Description'). Parameters are checked and bound as typed RDF terms.",
            "",
            "--format table shows values as a person reads them: labels and plain values (Norway, 1949-08-24), "
                + "an IRI without an English rdfs:label shortened with the standard prefixes. csv, tsv, json and "
                + "xml are the W3C SPARQL 1.1 result formats."})
public final class QueryCommand implements Callable<Integer> {

    @ParentCommand
    KgCommand kg;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY",
            description = "A named query, a SPARQL file, or - for standard input.")
    String query;

    @Option(names = "--sparql", paramLabel = "TEXT", description = "The query's text, instead of QUERY.")
    String sparql;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Shortcut for --param asOf=YYYY-MM-DD.")
    String asOf;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "A parameter of the query (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json (SPARQL 1.1 Query Results JSON) or xml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop the query after this many seconds (default: ${DEFAULT-VALUE}; 0 for none).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        ResultFormat fmt = ResultFormat.named(format).orElseThrow(() -> new UsageException(
                "--format is '" + format + "'; expected table, csv, tsv, json or xml"));
        NamedQuery named = resolve();
        Map<String, String> raw = QueryService.parsePairs(params);
        if (asOf != null) {
            if (raw.containsKey("asOf")) {
                throw new UsageException("give the date once: --as-of or --param asOf=..., not both");
            }
            raw.put("asOf", asOf);
        }
        if (timeoutSeconds < 0) {
            throw new UsageException("--timeout must be 0 or more seconds");
        }
        QueryService service = new QueryService(kg.graphs(), Clock.systemDefaultZone());
        PrefixMapping prefixes = Prefixes.standard(kg.graphs().scheme());
        try (KgStore store = kg.openExistingStore()) {
            QueryService.Answer answer = service.run(store, named, raw, timeoutSeconds * 1000);
            // Answers are materialised anyway (they must outlive the read transaction); write them through
            // picocli's writer so that output can be redirected and captured like every command's.
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            if (fmt == ResultFormat.TABLE) {
                QueryService.writeForPeople(store, answer, buffer, prefixes);
            } else {
                QueryService.write(answer, fmt, buffer, prefixes);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(buffer.toString(StandardCharsets.UTF_8));
            out.flush();
        }
        return 0;
    }

    /** The one query given: --sparql TEXT, standard input (-), a file, or a named query. */
    private NamedQuery resolve() {
        if (query == null && sparql == null) {
            throw new UsageException("no query given: give a named query (see 'kg queries'), a SPARQL file, - for standard input, "
                    + "or --sparql TEXT");
        }
        if (query != null && sparql != null) {
            throw new UsageException("give one query: '" + query + "' or --sparql TEXT, not both");
        }
        if (sparql != null) {
            try {
                return NamedQuery.parseUserQuery("sparql", "--sparql", sparql);
            } catch (InputException e) {
                throw new UsageException(e.getMessage()); // the text is an argument: exit code 2
            }
        }
        if (query.equals("-")) {
            Input in = Input.read("<stdin>", kg.standardInput());
            if (in.text().isBlank()) {
                throw new UsageException("standard input holds no query");
            }
            return NamedQuery.parseUserQuery("stdin", in.name(), in.text());
        }
        if (!looksLikeAFile(query)) {
            NamedQueryRegistry registry = NamedQueryRegistry.fromClasspath();
            var namedQuery = registry.get(query);
            if (namedQuery.isPresent()) {
                return namedQuery.get();
            }
            if (!Files.exists(Path.of(query))) {
                throw new UsageException("unknown query '" + query + "'; the named queries are "
                        + registry.all().stream().map(NamedQuery::name).toList());
            }
        }
        Path p = Path.of(query);
        String name = p.getFileName().toString().replaceFirst("\\.(rq|sparql)$", "");
        return NamedQuery.parseUserQuery(name, query, Input.of(p).text());
    }

    /** A path rather than a name: it has a folder, or a file name extension. */
    private static boolean looksLikeAFile(String arg) {
        return arg.contains("/") || arg.contains(File.separator) || arg.contains(".");
    }
}
