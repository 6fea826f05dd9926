package dev.wwegen.fleet;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.pipeline.Generation;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.profile.Profile;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileResult;
import dev.wwegen.profile.Sourced;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generates every cell of a fleet: loads each cell (its profile extended with its overlays), adds the backup
 * region's WWE and back-end URLs as the cell's {@code failover} values (taken from the backup cell's effective
 * profile, so overrides there count), then runs the pipeline and the N+1 sizing rule. Linear in the cells:
 * each is loaded twice at most and looked up by name.
 */
public final class FleetGenerator {

    private final Generator generator;

    public FleetGenerator(Generator generator) {
        this.generator = generator;
    }

    /** The folder of a cell's manifests under the output root. */
    public static String manifestFolder(Cell cell) {
        return "fleet/manifests/" + cell.name();
    }

    /**
     * Every cell, in the fleet's order. Cells are loaded, then generated, on the available cores: a cell needs
     * only its backup's first load, never another cell's generation.
     */
    public List<CellGeneration> generate(Fleet fleet) {
        ProfileLoader loader = generator.profiles();
        Map<String, Cell> byName = fleet.byName();
        Map<String, ProfileResult> first = new ConcurrentHashMap<>();
        fleet.cells().parallelStream().forEach(cell ->
                first.put(cell.name(), loader.load(cell.name(), cell.profile(), cell.overlays(), cell.where())));
        return fleet.cells().parallelStream().map(cell -> generate(cell, first, byName)).toList();
    }

    private CellGeneration generate(Cell cell, Map<String, ProfileResult> first, Map<String, Cell> byName) {
        ProfileLoader loader = generator.profiles();
        ProfileResult loaded = first.get(cell.name());
        Optional<Cell> backup = Fleet.backupOf(cell, byName);
        if (backup.isPresent() && loaded.profile().isPresent()) {
            Optional<Profile> backupProfile = first.get(backup.get().name()).profile();
            if (backupProfile.isPresent()) {
                List<Sourced.Fields> overlays = new ArrayList<>(cell.overlays());
                overlays.add(failover(backupProfile.get(), cell.backupWhere()));
                loaded = loader.load(cell.name(), cell.profile(), overlays, cell.where());
            }
        }
        Generation generation = generator.generate(loaded, manifestFolder(cell));
        if (generation.inputOk()) {
            List<Finding> output = new ArrayList<>(generation.outputFindings());
            SizingRule.check(cell, generation.objects(), output);
            generation = new Generation(generation.profile(), generation.release(), generation.objects(),
                    generation.inputFindings(), output);
        }
        return new CellGeneration(cell, loaded.profile(), generation);
    }

    /** {@code failover: {wweUrl: https://<backup host>, backends: <backup's back ends>}}, placed at {@code backup:}. */
    static Sourced.Fields failover(Profile backup, String where) {
        Map<String, Sourced> backends = new LinkedHashMap<>();
        backup.backends().forEach((name, endpoint) -> backends.put(name, new Sourced.Fields(
                Map.of("url", new Sourced.Leaf(endpoint.url().toString(), where)), where)));
        Map<String, Sourced> failover = new LinkedHashMap<>();
        failover.put("wweUrl", new Sourced.Leaf("https://" + backup.ingress().host(), where));
        failover.put("backends", new Sourced.Fields(backends, where));
        return new Sourced.Fields(Map.of("failover", new Sourced.Fields(failover, where)), where);
    }
}
