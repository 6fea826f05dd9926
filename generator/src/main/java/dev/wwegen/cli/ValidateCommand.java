package dev.wwegen.cli;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.verify.KubernetesSchema;
import dev.wwegen.verify.KubernetesVersion;
import dev.wwegen.verify.ValidationOptions;
import dev.wwegen.verify.Validator;
import dev.wwegen.verify.crossref.CrossReferences;
import dev.wwegen.verify.input.InputReader;
import dev.wwegen.verify.input.Inputs;
import dev.wwegen.verify.kubeconform.KubeconformLayer;
import dev.wwegen.verify.kubeconform.KubeconformRunner;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ValidationFinding;
import dev.wwegen.verify.policy.PolicyMode;
import dev.wwegen.verify.policy.PolicyOptions;
import dev.wwegen.verify.policy.PolicyRules;
import dev.wwegen.verify.report.ReportWriter;
import dev.wwegen.verify.report.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * {@code wwegen validate}: reads manifests (files, folders, {@code -}, charts), runs the schema,
 * cross-reference and policy layers and kubeconform when present, and prints one report. Exit 0 clean,
 * 1 error findings, 2 bad usage or unreadable input.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate Kubernetes manifests or a Helm chart offline: schema, cross-references, policy,"
                + " and kubeconform when it is installed.")
final class ValidateCommand implements Callable<Integer> {

    enum Output { text, json, junit, sarif }

    enum Colour { auto, always, never }

    enum Environment { production, development }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Manifest file, folder (searched recursively), - for standard input, or a Helm chart"
                    + " (folder with Chart.yaml, or .tgz).")
    List<String> paths;

    @Option(names = {"-f", "--values"}, paramLabel = "FILE", description = "Values file for charts (repeatable).")
    List<Path> values = new ArrayList<>();

    @Option(names = "--namespace", paramLabel = "NS", defaultValue = "default",
            description = "Namespace charts are rendered into. Default: ${DEFAULT-VALUE}, as helm template.")
    String namespace;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, junit or sarif (default: ${DEFAULT-VALUE}).")
    Output output;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour text output: auto (on a terminal), always, never.")
    Colour colour;

    @Option(names = "--policy", paramLabel = "MODE", defaultValue = "error",
            description = "Policy findings: off, warn or error (default: ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--skip", paramLabel = "RULE", description = "Skip a policy rule or cross-reference check (repeatable).")
    List<String> skip = new ArrayList<>();

    @Option(names = "--crd", paramLabel = "FILE", description = "CustomResourceDefinition(s) to validate custom resources against.")
    List<String> crds = new ArrayList<>();

    @Option(names = "--kubernetes-version", paramLabel = "VERSION", defaultValue = "1.34",
            description = "Target Kubernetes version for removed API versions (default: ${DEFAULT-VALUE}).")
    String kubernetesVersion;

    @Option(names = "--environment", paramLabel = "ENV", defaultValue = "production",
            description = "production or development; development lets a single replica pass.")
    Environment environment;

    @Option(names = "--kubeconform", arity = "0..1", paramLabel = "PATH", fallbackValue = "",
            description = "Run kubeconform (default: when on the PATH); give its path to use another binary.")
    String kubeconform;

    @Option(names = "--no-kubeconform", description = "Do not run kubeconform even if it is on the PATH.")
    boolean noKubeconform;

    @Override
    public Integer call() {
        ValidationOptions options = options();
        Optional<Path> binary = kubeconformBinary();
        // The bundled schema and wwegen's own CRDs load on another core while the inputs are read (about 0.14 s
        // that ran before and after reading, on one thread). Every usage error has been reported by now.
        CompletableFuture<Validator> validator = CompletableFuture.supplyAsync(() -> new Validator(
                options.withCrds(withOwnCrds(options.crds()))));
        Inputs inputs = new InputReader(System.in, values, namespace, kubernetesVersion).read(paths);
        if (!inputs.unreadable().isEmpty()) {
            throw new InputException(inputs.unreadable());
        }
        List<ValidationFinding> findings = new ArrayList<>(inputs.findings());
        findings.addAll(Joined.result(validator).validate(inputs.resources()));
        findings.addAll(dev.wwegen.gitops.GitOpsConstraints.check(inputs.resources()));
        String status = noKubeconform ? "off" : "not found (skipped)";
        if (binary.isPresent()) {
            var outcome = KubeconformLayer.run(binary.get(), inputs.sources(), inputs.resources(),
                    KubernetesSchema.bundled());
            if (outcome.failed() && kubeconform != null) {
                throw new InputException(List.of(Finding.error("--kubeconform", "", "kubeconform " + outcome.status(),
                        "check that `" + binary.get() + " -v` prints its version, or leave out --kubeconform")));
            }
            status = outcome.status();
            findings.addAll(outcome.findings());
        }
        findings.sort(ValidationFinding.ORDER);
        ValidationReport report = new ValidationReport(findings, inputs.resources(), inputs.sources().size(), status);
        writer().write(report, spec.commandLine().getOut());
        return report.hasErrors() ? Main.FINDINGS : Main.OK;
    }

    private ValidationOptions options() {
        PolicyMode mode;
        try {
            mode = PolicyMode.valueOf(policy.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("--policy must be off, warn or error, not '" + policy + "'");
        }
        Set<String> known = new TreeSet<>(PolicyRules.ids());
        CrossReferences.ALL.forEach(c -> known.add(c.id()));
        for (String rule : skip) {
            if (!known.contains(rule)) {
                throw usage("--skip: unknown rule '" + rule + "'; known rules: " + String.join(", ", known));
            }
        }
        KubernetesVersion target;
        try {
            target = KubernetesVersion.parse(kubernetesVersion);
        } catch (IllegalArgumentException e) {
            throw usage("--kubernetes-version: " + e.getMessage());
        }
        return new ValidationOptions(mode, Set.copyOf(skip), target, environment == Environment.development
                ? PolicyOptions.DEVELOPMENT : PolicyOptions.PRODUCTION, userCrds());
    }

    /**
     * wwegen's own schemas of the Argo CD and Flux kinds it writes (see {@code GitOpsSchemas}), then {@code given}
     * (the --crd files), which replace them for the same group, version and kind.
     */
    private static List<com.fasterxml.jackson.databind.JsonNode> withOwnCrds(
            List<com.fasterxml.jackson.databind.JsonNode> given) {
        List<com.fasterxml.jackson.databind.JsonNode> bodies = new ArrayList<>(
                dev.wwegen.gitops.GitOpsSchemas.customResourceDefinitions());
        bodies.addAll(given);
        return bodies;
    }

    private List<com.fasterxml.jackson.databind.JsonNode> userCrds() {
        if (crds.isEmpty()) {
            return List.of();
        }
        Inputs read = new InputReader(System.in, List.of(), "", kubernetesVersion).read(crds);
        List<Finding> problems = new ArrayList<>(read.unreadable());
        read.findings().forEach(f -> problems.add(f.finding()));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return read.resources().stream().map(Resource::body).toList();
    }

    private Optional<Path> kubeconformBinary() {
        if (noKubeconform) {
            return Optional.empty();
        }
        if (kubeconform == null) {
            return KubeconformRunner.onPath();
        }
        Optional<Path> binary = kubeconform.isEmpty() ? KubeconformRunner.onPath() : Optional.of(Path.of(kubeconform));
        if (binary.isEmpty() || !Files.isExecutable(binary.get())) {
            throw usage("--kubeconform: " + (kubeconform.isEmpty() ? "kubeconform is not on the PATH"
                    : kubeconform + " is not an executable file"));
        }
        return binary;
    }

    private ReportWriter writer() {
        return switch (output) {
            case text -> new dev.wwegen.verify.report.TextReportWriter(colour == Colour.always
                    || colour == Colour.auto && CommandLine.Help.Ansi.AUTO.enabled());
            case json -> new dev.wwegen.verify.report.JsonReportWriter();
            case junit -> new dev.wwegen.verify.report.JunitReportWriter();
            case sarif -> new dev.wwegen.verify.report.SarifReportWriter();
        };
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
