package dev.wwegen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The top-level usage text of {@code wwegen --help}, rendered ahead from picocli's model into a resource so that
 * the launcher prints it without building the model of every subcommand. HelpTextTest fails when the resource
 * differs from what picocli renders now (and says how to refresh it), so the two cannot drift apart.
 */
final class Help {

    /** The resource, relative to this class. */
    static final String RESOURCE = "help.txt";

    private Help() {
    }

    /** The stored usage text, or null when the resource is missing (the caller then asks picocli). */
    static String text() {
        try (InputStream in = Help.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** What picocli prints for {@code wwegen --help}, without colours. */
    static String live() {
        return Main.commandLine().getUsageMessage(picocli.CommandLine.Help.Ansi.OFF);
    }
}
