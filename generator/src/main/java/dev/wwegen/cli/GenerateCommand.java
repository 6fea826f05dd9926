package dev.wwegen.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code wwegen generate}: being built in the foundation issue. */
@Command(name = "generate", description = "Generate manifests for one profile or all.")
final class GenerateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("generate is not wired yet");
    }
}
