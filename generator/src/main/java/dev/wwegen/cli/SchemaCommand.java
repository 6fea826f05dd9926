package dev.wwegen.cli;

import dev.wwegen.emit.EmitException;
import dev.wwegen.emit.EmitSummary;
import dev.wwegen.emit.Emitter;
import dev.wwegen.emit.FileSet;
import dev.wwegen.verify.GroupVersionKind;
import dev.wwegen.verify.KubernetesSchema;
import dev.wwegen.verify.kubeconform.RouteSchemaExport;
import dev.wwegen.verify.kubeconform.SchemaExport;
import dev.wwegen.verify.routes.RouteSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code wwegen schema export DIR}: writes kubeconform-compatible per-kind JSON schemas from the bundled
 * Kubernetes 1.34 OpenAPI, so {@code kubeconform -schema-location DIR} works offline. Written through the emitter,
 * like all output: only over files it wrote before (its ledger in DIR), never through a link.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Export the bundled Kubernetes schemas.",
        subcommands = {SchemaCommand.Export.class, SchemaCommand.ProfileSchema.class, SchemaCommand.FleetSchema.class})
final class SchemaCommand {

    /** Prints one JSON Schema for editors. */
    abstract static class Printer implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        abstract Object schema();

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(json(schema()));
            return Main.OK;
        }
    }

    /** The JSON Schema of profile files, for editors: {@code wwegen schema profile > profiles/profile.schema.json}. */
    @Command(name = "profile", mixinStandardHelpOptions = true,
            description = "Print the JSON Schema of profile files (committed as profiles/profile.schema.json).")
    static final class ProfileSchema extends Printer {
        @Override
        Object schema() {
            return dev.wwegen.profile.ProfileJsonSchema.profile();
        }
    }

    /** The JSON Schema of fleet files: {@code wwegen schema fleet > fleet.schema.json}. */
    @Command(name = "fleet", mixinStandardHelpOptions = true,
            description = "Print the JSON Schema of fleet files (committed as fleet.schema.json).")
    static final class FleetSchema extends Printer {
        @Override
        Object schema() {
            return dev.wwegen.profile.ProfileJsonSchema.fleet();
        }
    }

    /** Pretty JSON with "\n" line ends, the same bytes on every platform. */
    static String json(Object tree) {
        var printer = new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"));
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writer(printer).writeValueAsString(tree) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("writing a schema to memory failed", e);
        }
    }

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
            FileSet.Builder builder = FileSet.builder();
            try {
                new SchemaExport(schema).files(selected).forEach(builder::add);
                if (kinds.isEmpty() || RouteSchemas.bundled().kinds().stream()
                        .anyMatch(k -> kinds.contains(k.gvk().kind()))) {
                    RouteSchemaExport.files().forEach(builder::add);
                }
                if (kinds.isEmpty()) {
                    // Argo CD and Flux kinds, in kubeconform's custom-resource layout {group}/{kind}_{version}.json
                    dev.wwegen.gitops.GitOpsSchemas.kubeconformFiles().forEach(builder::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FileSet files = builder.build();
            // A subset of kinds must not make the other kinds' files look stale.
            Set<String> scopes = kinds.isEmpty() ? new java.util.HashSet<>(SchemaExport.FOLDERS) : Set.of();
            if (kinds.isEmpty()) {
                scopes.addAll(RouteSchemaExport.folders());
                for (String path : dev.wwegen.gitops.GitOpsSchemas.kubeconformFiles().keySet()) {
                    scopes.add(path.substring(0, path.indexOf('/') + 1));
                }
            }
            try {
                EmitSummary summary = Emitter.write(dir, files, scopes);
                spec.commandLine().getOut().println("wrote " + files.size() + " schemas (" + selected.size()
                        + " kinds) to " + dir + " (" + summary.counts() + ")");
                summary.notes().forEach(note -> spec.commandLine().getErr().println("note: " + note));
                return Main.OK;
            } catch (EmitException e) {
                throw new InputException(e.findings());
            }
        }
    }
}
