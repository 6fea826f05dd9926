package dev.wwegen.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wwegen.chart.ChartFiles;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.emit.FileSet;
import dev.wwegen.fleet.CellGeneration;
import dev.wwegen.fleet.Fleet;
import dev.wwegen.fleet.FleetFiles;
import dev.wwegen.fleet.FleetGenerator;
import dev.wwegen.fleet.FleetLoader;
import dev.wwegen.gitops.GitOpsFiles;
import dev.wwegen.gitops.GitOpsSchemas;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.verify.ValidationOptions;
import dev.wwegen.verify.Validator;
import dev.wwegen.verify.model.Resource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * A fleet's part of a generate run: reads the fleet file, generates every cell, adds {@code fleet/} and
 * {@code gitops/} to the files, and checks the GitOps objects against the Argo CD and Flux schemas.
 *
 * @param files          what to add to the output
 * @param scopes         the folders owned completely ({@code fleet/}, {@code gitops/})
 * @param inputFindings  fleet file and cell profile problems (exit 2)
 * @param outputFindings rendered-object problems of the cells and the GitOps objects (exit 1)
 * @param cells          how many cells were generated
 */
record FleetPlan(FileSet files, Set<String> scopes, List<Finding> inputFindings, List<Finding> outputFindings,
                 int cells) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static FleetPlan of(Generator generator, Path file) {
        FleetLoader.Result loaded = FleetLoader.read(file);
        if (loaded.fleet().isEmpty()) {
            return new FleetPlan(FileSet.builder().build(), Set.of(), loaded.findings(), List.of(), 0);
        }
        Fleet fleet = loaded.fleet().get();
        List<CellGeneration> cells = new FleetGenerator(generator).generate(fleet);
        List<Finding> input = new ArrayList<>(loaded.findings());
        List<Finding> output = new ArrayList<>();
        cells.forEach(c -> input.addAll(c.generation().inputFindings()));
        if (cells.stream().anyMatch(c -> !c.generation().inputOk())) {
            return new FleetPlan(FileSet.builder().build(), Set.of(), input, output, cells.size());
        }
        cells.forEach(c -> output.addAll(c.generation().outputFindings()));
        FileSet.Builder files = FileSet.builder();
        Set<String> scopes = new TreeSet<>(FleetFiles.addTo(files, generator.architecture(), generator.profiles(),
                fleet, cells));
        SortedMap<String, Map<String, Object>> gitops = GitOpsFiles.objects(generator.architecture(), fleet, cells,
                ChartFiles.valuesDiff(generator.architecture(), generator.profiles()));
        output.addAll(verify(gitops));
        scopes.addAll(GitOpsFiles.addTo(files, fleet, gitops));
        return new FleetPlan(files.build(), scopes, input, output, cells.size());
    }

    /**
     * Strict schema check of the Argo CD and Flux objects, against {@link GitOpsSchemas}: the trees the files are
     * written from (as the profiles' manifests are checked), not the files parsed back.
     */
    static List<Finding> verify(SortedMap<String, Map<String, Object>> objects) {
        List<Resource> resources = new ArrayList<>();
        objects.forEach((path, tree) -> resources.add(Resource.inMemory(JSON.valueToTree(tree), path)));
        var options = new ValidationOptions(ValidationOptions.DEFAULTS.policy(),
                // Argo CD serves its kinds only as v1alpha1: the rule against pre-release APIs cannot apply to them
                Set.of("stable-api-versions"), ValidationOptions.DEFAULTS.target(),
                ValidationOptions.DEFAULTS.environment(), GitOpsSchemas.customResourceDefinitions());
        List<Finding> findings = new ArrayList<>();
        new Validator(options).validate(resources).forEach(f -> findings.add(f.finding()));
        dev.wwegen.gitops.GitOpsConstraints.check(resources).forEach(f -> findings.add(f.finding()));
        return findings;
    }
}
