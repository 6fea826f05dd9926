package dev.wwegen.cli;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.verify.GroupVersionKind;
import dev.wwegen.verify.KubernetesSchema;
import dev.wwegen.verify.kubeconform.SchemaExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code wwegen schema export DIR}: writes kubeconform-compatible per-kind JSON schemas from the bundled
 * Kubernetes 1.34 OpenAPI, so {@code kubeconform -schema-location DIR} works offline.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Export the bundled Kubernetes schemas.",
        subcommands = SchemaCommand.Export.class)
final class SchemaCommand {

    /** The {@code export} subcommand. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write DIR/master-standalone-strict/<kind>-<group>-<version>.json and"
                    + " DIR/master-standalone/… for kubeconform -schema-location DIR.")
    static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "Folder to write the schemas to.")
        Path dir;

        @Option(names = "--kind", paramLabel = "KIND", description = "Only these kinds, e.g. Deployment (repeatable).")
        List<String> kinds = new ArrayList<>();

        @Override
        public Integer call() {
            KubernetesSchema schema = KubernetesSchema.bundled();
            List<GroupVersionKind> selected = schema.kinds().stream()
                    .filter(k -> kinds.isEmpty() || kinds.contains(k.kind()))
                    .toList();
            try {
                int written = new SchemaExport(schema).write(dir, selected);
                if (kinds.isEmpty()) {
                    // Argo CD and Flux kinds, in kubeconform's custom-resource layout {group}/{kind}_{version}.json
                    for (var file : dev.wwegen.gitops.GitOpsSchemas.kubeconformFiles().entrySet()) {
                        Path target = dir.resolve(file.getKey());
                        java.nio.file.Files.createDirectories(target.getParent());
                        java.nio.file.Files.write(target, file.getValue());
                        written++;
                    }
                }
                spec.commandLine().getOut().println("wrote " + written + " schemas (" + selected.size() + " kinds) to "
                        + dir);
                return Main.OK;
            } catch (IOException e) {
                throw new InputException(List.of(Finding.error(dir.toString(), "", "could not write the schemas: "
                        + e.getMessage(), "give a writable folder")));
            }
        }
    }
}
