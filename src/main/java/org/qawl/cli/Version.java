package org.qawl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** qawl's version from the Maven build (Jena.VERSION reads "<development>" in a shaded jar). */
public final class Version {
    private Version() {}

    public static String qawl() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/qawl-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"qawl " + qawl(), "Java " + System.getProperty("java.version")};
        }
    }
}
