package dev.wwegen.fleet;

import dev.wwegen.profile.Sourced;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One environment in one region: a profile extended with the environment's and the region's overrides.
 *
 * @param environment   e.g. {@code prod}
 * @param region        e.g. {@code eu-west}
 * @param profile       the profile it extends
 * @param cluster       where it runs, by Argo CD cluster name or API server URL
 * @param zones         availability zones the region's cluster spreads pods over
 * @param capacity      N: the pods needed to serve the region's agents; the cell runs N+1
 * @param host          the region's own WWE host (DNS picks it for agents near the region)
 * @param backup        the region of the same environment this cell fails over to
 * @param overlays      the checked override layers, in merge order (environment, region, host and back ends)
 * @param where         the fleet file position of the region's entry
 * @param backupWhere   the position of the {@code backup} value, or {@code where}
 */
public record Cell(String environment, String region, String profile, Cluster cluster, int zones, int capacity,
                   String host, Optional<String> backup, List<Sourced.Fields> overlays, String where,
                   String backupWhere) {

    public Cell {
        Objects.requireNonNull(cluster, "cluster");
        overlays = List.copyOf(overlays);
    }

    /** {@code <environment>-<region>}: the folder, Application and HelmRelease name of the cell. */
    public String name() {
        return environment + "-" + region;
    }

    /**
     * The cluster a cell deploys to: exactly one of an Argo CD cluster name or an API server URL.
     *
     * @param name   the cluster's name as Argo CD knows it, or empty
     * @param server the API server URL, or empty
     */
    public record Cluster(Optional<String> name, Optional<String> server) {

        /** How docs and diffs name it. */
        public String display() {
            return name.orElseGet(server::orElseThrow);
        }
    }
}
