package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import static org.assertj.core.api.Assertions.assertThat;

/** A run builds picocli's model of the one subcommand it names; usage and parsing are the same as with all. */
class CommandLineTest {

    @Test
    void everyCommandIsListedUnderItsOwnName() {
        Main.COMMANDS.forEach((name, make) ->
                assertThat(make.get().getClass().getAnnotation(Command.class).name()).isEqualTo(name));
        assertThat(Main.COMMANDS.keySet()).containsExactly("generate", "validate", "schema", "profiles", "docs",
                "diff", "package");
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertThat(Main.commandLine("--debug", "generate", "--check").getSubcommands().keySet())
                .containsExactly("generate");
        assertThat(Main.commandLine("profiles", "list").getSubcommands().keySet()).containsExactly("profiles");
    }

    @Test
    void withoutAKnownNameEveryCommandIsBuilt() {
        assertThat(Main.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(Main.COMMANDS.keySet());
        assertThat(Main.commandLine("generat", "--check").getSubcommands().keySet())
                .containsExactlyElementsOf(Main.COMMANDS.keySet());
    }

    @Test
    void aCommandsUsageIsTheSameBuiltAloneOrWithAll() {
        CommandLine all = Main.commandLine();
        for (String name : Main.COMMANDS.keySet()) {
            assertThat(Main.commandLine(name).getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF))
                    .isEqualTo(all.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF))
                    .startsWith("Usage: wwegen " + name);
        }
    }

    @Test
    void inheritedOptionsReachTheCommandBuiltAlone() {
        CommandLine.ParseResult parsed = Main.commandLine("generate", "--debug").parseArgs("generate", "--debug");
        assertThat(parsed.subcommand().hasMatchedOption("--debug")).isTrue();
    }
}
