package dev.wwegen.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code wwegen profiles}: being built in the foundation issue. */
@Command(name = "profiles", description = "List profiles or show one.")
final class ProfilesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("profiles is not wired yet");
    }
}
