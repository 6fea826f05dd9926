package dev.wwegen.cli;

import dev.wwegen.text.TerminalText;

import dev.wwegen.emit.YamlWriter;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;

/** {@code wwegen profiles list | show NAME}: what profiles exist, and one profile's effective values. */
@Command(name = "profiles", mixinStandardHelpOptions = true, description = "List profiles, or show one's effective values.",
        subcommands = {ProfilesCommand.ListCommand.class, ProfilesCommand.ShowCommand.class})
final class ProfilesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say list or show NAME");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the profiles and what each is for.")
    static final class ListCommand implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProfileOptions options;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            ProfileLoader loader = options.loader();
            out.println("profiles from " + TerminalText.visible(loader.source().description()) + ":");
            int width = Math.max(12, loader.names().stream().mapToInt(String::length).max().orElse(0));
            for (String name : loader.names()) {
                ProfileResult result = loader.load(name);
                String about = result.profile().map(p -> p.description()).orElse("(has errors: run profiles show "
                        + name + ")");
                out.printf("  %-" + width + "s %s%n", TerminalText.visible(name), TerminalText.visible(about));
            }
            return Main.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print a profile's effective values: its extends chain merged over the defaults.")
    static final class ShowCommand implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProfileOptions options;

        @Parameters(paramLabel = "NAME", description = "The profile to show.")
        String name;

        @Override
        public Integer call() {
            ProfileResult result = options.loader().load(name);
            if (result.hasErrors()) {
                throw new InputException(result.findings());
            }
            var profile = result.profile().orElseThrow();
            spec.commandLine().getOut().print(new YamlWriter()
                    .withHeader("Effective values of profile " + name + " (defaults, then its extends chain, then "
                            + profile.locations().file().replaceAll(":.*", "") + ")")
                    .write(profile.effectiveTree()));
            return Main.OK;
        }
    }
}
