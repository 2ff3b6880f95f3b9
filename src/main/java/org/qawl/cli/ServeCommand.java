package org.qawl.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.qawl.iri.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qawl serve}: placeholder until the server lands (see serve package). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build INPUTs if given, then serve the store over SPARQL.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of published IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Report files or folders to build first.")
    List<Path> inputs = List.of();

    @Override
    public Integer call() {
        if (!inputs.isEmpty()) {
            BuildCommand.buildInto(spec, store.path(), base, inputs);
        }
        throw new QawlException(ExitCodes.INTERNAL, "serve is not implemented yet");
    }
}
