package org.qawl.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.qawl.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qawl query}: a SPARQL file or canned query over the store (union default graph). */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query over the store. The default graph is the union of all "
                + "report graphs.", "QUERY is a .rq file, the name of a canned query in queries/ "
                + "(who-said-what, statements-by-speaker, statements-of-speaker, reports, actor-names, "
                + "actors-by-statements, who-talks-about-whom, members-of, timeline, said-about-event, "
                + "conflicting-figures, event-figures, who-did-what-to-whom) or SPARQL text."})
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json, xml }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "CONSTRUCT and DESCRIBE results are written as Turtle.")
    Format format;

    @Parameters(index = "0", paramLabel = "QUERY", description = "FILE.rq, canned query NAME or SPARQL text.")
    String queryName;

    @Override
    public Integer call() {
        Query query;
        try {
            query = QueryFactory.create(CannedQueries.load(queryName));
        } catch (QueryParseException e) {
            throw new QawlException(ExitCodes.BAD_INPUT, queryName + ": SPARQL syntax error: "
                    + e.getMessage().replace('\n', ' '));
        }
        try (Tdb2Store opened = Tdb2Store.open(store.path())) {
            opened.read(dataset -> {
                run(query, dataset);
                return null;
            });
        }
        return ExitCodes.OK;
    }

    private void run(Query query, DatasetGraph dataset) {
        OutputStream out = utf8Stream(spec.commandLine().getOut());
        try (QueryExecution execution = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
            if (query.isSelectType()) {
                ResultSet results = execution.execSelect();
                switch (format) {
                    case table -> ResultSetFormatter.out(out, results, query.getPrologue());
                    case csv -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
                    case tsv -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
                    case json -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
                    case xml -> ResultSetMgr.write(out, results, ResultSetLang.RS_XML);
                }
            } else if (query.isAskType()) {
                boolean answer = execution.execAsk();
                switch (format) {
                    case json -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
                    case xml -> ResultSetMgr.write(out, answer, ResultSetLang.RS_XML);
                    default -> spec.commandLine().getOut().println(answer);
                }
            } else {
                RDFDataMgr.write(out, execution.execConstruct(), Lang.TURTLE);
            }
        }
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        spec.commandLine().getOut().flush();
    }

    /** Jena writes bytes; picocli hands commands a Writer (so tests can capture output). */
    private static OutputStream utf8Stream(PrintWriter writer) {
        try {
            return WriterOutputStream.builder().setWriter(writer)
                    .setCharset(java.nio.charset.StandardCharsets.UTF_8).setWriteImmediately(false).get();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
