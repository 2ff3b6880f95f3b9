package org.qawl.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qawl.cli.Main;
import picocli.CommandLine;

/** {@code qawl serve} failures that end before serving: one line on stderr and an exit code. */
class ServeCliTest {
    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {}

    static Run qawl(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    @Test
    void aPortInUseGivesOneLineAndExitCode5() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = qawl("serve", "--store", temp.resolve("store").toString(),
                    "--port", Integer.toString(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(5);
            assertThat(run.err().strip().lines()).singleElement().asString()
                    .startsWith("qawl: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
            assertThat(run.out()).isEmpty();
        }
        // the store was closed again: another open in this JVM works
        org.qawl.store.Tdb2Store.open(temp.resolve("store")).close();
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(qawl("serve", "--store", temp.resolve("s").toString(), "--port", "70000").exitCode())
                .isEqualTo(2);
        assertThat(qawl("serve", "--store", temp.resolve("s").toString(), "--timeout", "-1").exitCode())
                .isEqualTo(2);
    }

    @Test
    void helpNamesTheEndpointsOptionsAndExitCodes() {
        Run run = qawl("serve", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("/qawl/sparql", "/qawl/get", "--host", "--port", "--timeout",
                "127.0.0.1", "3030", "60", "5 cannot listen");
    }
}
