package org.entente.loader.query;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A SELECT result as an aligned text table, each value as a {@link TermDisplay} shows it:
 *
 * <pre>
 * ---------------------------------
 * | state   | name    | memberSince |
 * =================================
 * | Norway  | Norway  | 1949-08-24  |
 * ---------------------------------
 * </pre>
 */
public final class TextTable {
    private TextTable() {}

    public static void write(OutputStream out, ResultSet rs, Function<Node, String> show) {
        List<String> vars = rs.getResultVars();
        List<String[]> rows = new ArrayList<>();
        int[] width = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            width[i] = length(vars.get(i));
        }
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                RDFNode value = s.get(vars.get(i));
                row[i] = show.apply(value == null ? null : value.asNode());
                width[i] = Math.max(width[i], length(row[i]));
            }
            rows.add(row);
        }
        int total = 1;
        for (int w : width) {
            total += w + 3;
        }
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("-".repeat(total));
        w.println(line(vars.toArray(String[]::new), width));
        w.println("=".repeat(total));
        for (String[] row : rows) {
            w.println(line(row, width));
        }
        w.println("-".repeat(total));
        w.flush();
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            b.append(' ').append(cells[i]).append(" ".repeat(width[i] - length(cells[i]))).append(" |");
        }
        return b.toString();
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
