package dev.wwegen.cli;

import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.emit.EmitException;
import dev.wwegen.emit.EmitSummary;
import dev.wwegen.emit.Emitter;
import dev.wwegen.pkg.ChartPackage;
import dev.wwegen.pkg.Sha256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code wwegen package [--out DIR]}: the chart as {@code <name>-<version>.tgz} plus {@code .sha256}, the same
 * bytes on every run and machine, ready for {@code helm push} to an OCI registry.
 */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = "Write the chart as a byte-reproducible .tgz and its .sha256 (for helm push oci://...).")
final class PackageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "dist",
            description = "Folder to write the archive to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ProfileOptions profileOptions;

    @Override
    public Integer call() throws IOException {
        ChartPackage chart = ChartPackage.of(WweReference.architecture(), profileOptions.loader());
        try {
            EmitSummary summary = Emitter.write(out, chart.files(), Set.of());
            byte[] archive = chart.files().bytes(chart.fileName());
            spec.commandLine().getOut().println(out.resolve(chart.fileName()) + " sha256:" + Sha256.hex(archive)
                    + " (" + archive.length + " bytes; " + summary.counts() + ")");
            return Main.OK;
        } catch (EmitException e) {
            throw new InputException(e.findings());
        }
    }
}
