package org.entente.loader.source;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads state-status.csv: today's status of every state and territory. */
public final class StateStatusReader {
    private StateStatusReader() {}

    public static final String[] COLUMNS = {"state", "status", "basis", "source_url", "note"};

    /** The statuses a row may give. */
    public static final String STATUSES = "un-member|un-observer-state|limited-recognition|associated-state"
            + "|non-self-governing-territory|dependent-territory|integral-part|no-sovereignty|former";

    /** The statuses whose basis names another state, by its code in parentheses: "... of France (FRA)". */
    public static final Set<String> RELATED = Set.of("dependent-territory", "integral-part", "associated-state");

    private static final Pattern CODE = Pattern.compile("\\(([A-Z]{3})\\)");

    public static List<StateStatus> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> {
                    String status = r.require("status", STATUSES, String.join(", ", STATUSES.split("\\|")));
                    String basis = r.require("basis");
                    Optional<String> related = Optional.empty();
                    if (RELATED.contains(status)) {
                        Matcher m = CODE.matcher(basis);
                        if (!m.find()) {
                            throw r.error("status is " + status + ", so the basis must name its state by code in parentheses, such as (FRA)");
                        }
                        related = Optional.of(m.group(1));
                    }
                    return new StateStatus(
                            r.require("state", Patterns.ISO3, "a state code such as POL"),
                            status, basis, related,
                            r.require("source_url", Patterns.URL, "an http(s) URL"),
                            r.optional("note"),
                            new Origin(r.file(), r.line()));
                })
                .toList();
    }
}
