package dev.wwegen.fleet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Environments × regions from one fleet file: each cell a profile extended with overrides, paired
 * primary → backup within its environment.
 *
 * @param name        the fleet's name (Argo CD AppProject and ApplicationSet)
 * @param description free text
 * @param file        how the file is shown in messages
 * @param delivery    git repository, chart registry, Argo CD and Flux settings
 * @param globalHost  the name DNS or the global load balancer answers for every region, if any
 * @param dnsProvider what picks the region (free text for the docs), if said
 * @param cells       sorted by name
 */
public record Fleet(String name, String description, String file, Delivery delivery, Optional<String> globalHost,
                    Optional<String> dnsProvider, List<Cell> cells) {

    public Fleet {
        cells = List.copyOf(cells);
    }

    /** Cells by name. */
    public Map<String, Cell> byName() {
        return cells.stream().collect(Collectors.toMap(Cell::name, Function.identity()));
    }

    /** The cell a cell fails over to, looked up in {@link #byName()} (built once by the caller). */
    public static Optional<Cell> backupOf(Cell cell, Map<String, Cell> byName) {
        return cell.backup().map(region -> byName.get(cell.environment() + "-" + region));
    }
}
