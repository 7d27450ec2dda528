package org.entente.loader.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.loader.store.KgStore;
import org.entente.loader.validate.ShapesValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kg validate}: the SHACL shapes over the whole store. */
@Command(name = "validate",
        description = "Checks the whole store against the SHACL shapes; exits 1 if anything violates them.")
public final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    KgCommand kg;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KgStore store = kg.openExistingStore()) {
            List<ShapesValidator.Violation> violations =
                    store.read(dsg -> new ShapesValidator().validate(dsg.getUnionGraph()));
            long triples = store.read(dsg -> dsg.getUnionGraph().size());
            if (triples == 0) {
                out.println("The store " + kg.store() + " is empty; run 'kg load' first.");
                return 1;
            }
            if (violations.isEmpty()) {
                out.println("The store conforms to the SHACL shapes (" + triples + " triples checked).");
                return 0;
            }
            out.println(violations.size() + " violation" + (violations.size() == 1 ? "" : "s") + ":");
            for (ShapesValidator.Violation v : violations) {
                out.println("  focus:   " + v.focus());
                if (!v.path().isEmpty()) {
                    out.println("  path:    " + v.path());
                }
                out.println("  message: " + v.message());
                out.println();
            }
            return 1;
        }
    }
}
