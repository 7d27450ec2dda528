package org.entente.loader.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.entente.loader.Prefixes;
import org.entente.loader.UsageException;
import org.entente.loader.query.NamedQuery;
import org.entente.loader.query.NamedQueryRegistry;
import org.entente.loader.query.QueryService;
import org.entente.loader.query.ResultFormat;
import org.entente.loader.source.Input;
import org.entente.loader.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kg query}: a named query or a .rq file. */
@Command(name = "query",
        description = {"Runs a named query (see 'kg queries') or a SPARQL file over the store.",
            "",
            "Parameters are checked and bound as typed RDF terms."})
public final class QueryCommand implements Callable<Integer> {

    @ParentCommand
    KgCommand kg;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A named query, or a .rq file with a header.")
    String query;

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
        NamedQuery named = resolve(query);
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
        try (KgStore store = kg.openExistingStore()) {
            QueryService.Answer answer = service.run(store, named, raw, timeoutSeconds * 1000);
            // Answers are materialised anyway (they must outlive the read transaction); write them through
            // picocli's writer so that output can be redirected and captured like every command's.
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            QueryService.write(answer, fmt, buffer, Prefixes.standard(kg.graphs().scheme()));
            PrintWriter out = spec.commandLine().getOut();
            out.print(buffer.toString(StandardCharsets.UTF_8));
            out.flush();
        }
        return 0;
    }

    private static NamedQuery resolve(String nameOrFile) {
        if (nameOrFile.endsWith(".rq") || nameOrFile.contains("/") || nameOrFile.contains(java.io.File.separator)) {
            Path p = Path.of(nameOrFile);
            String name = p.getFileName().toString().replaceFirst("\\.rq$", "").toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9-]", "-");
            return NamedQuery.parse(name.isEmpty() ? "query" : name, nameOrFile, Input.of(p).text());
        }
        NamedQueryRegistry registry = NamedQueryRegistry.fromClasspath();
        return registry.get(nameOrFile).orElseThrow(() -> new UsageException("unknown query '" + nameOrFile
                + "'; the named queries are " + registry.all().stream().map(NamedQuery::name).toList()));
    }
}
