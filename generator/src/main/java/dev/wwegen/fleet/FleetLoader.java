package dev.wwegen.fleet;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.profile.FleetFile;
import dev.wwegen.profile.Sourced;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a fleet file: the schema check (positions, unknown keys, formats) is the profile checker's; then the
 * rules across keys: required values, exactly one of cluster name and server, backups that exist in the same
 * environment, hosts and destinations used once. Bad input never throws; it comes back as findings.
 */
public final class FleetLoader {

    /** The file {@code generate} reads when it exists. */
    public static final String DEFAULT_FILE = "fleet.yaml";

    private FleetLoader() {
    }

    /** The result: the fleet when no error was found, and every finding. */
    public record Result(Optional<Fleet> fleet, List<Finding> findings) {
        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    public static Result read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            return new Result(Optional.empty(), List.of(Finding.error(file.toString(), "", "cannot read the fleet file: "
                    + e.getMessage(), "check that the file exists and is readable")));
        }
    }

    public static Result parse(String text, String display) {
        List<Finding> findings = new ArrayList<>();
        Sourced.Fields root = FleetFile.check(text, display, findings);
        if (findings.stream().anyMatch(Finding::isError)) {
            return new Result(Optional.empty(), findings);
        }
        Fleet fleet = new Reader(root, display, findings).fleet();
        return new Result(findings.stream().anyMatch(Finding::isError) ? Optional.empty() : Optional.of(fleet), findings);
    }

    /** Walks the checked tree; every value in it is well-formed, only presence and relations are left. */
    private static final class Reader {

        private final Sourced.Fields root;
        private final String display;
        private final List<Finding> findings;

        Reader(Sourced.Fields root, String display, List<Finding> findings) {
            this.root = root;
            this.display = display;
            this.findings = findings;
        }

        Fleet fleet() {
            String name = required(root, "name", "name", "name the fleet, e.g. name: wwe");
            Delivery delivery = delivery();
            Sourced.Fields dns = fields(root, "dns");
            List<Cell> cells = new ArrayList<>();
            Sourced.Fields environments = fields(root, "environments");
            if (environments == null || environments.entries().isEmpty()) {
                findings.add(Finding.error(root.where(), "environments", "no environments are declared",
                        "add environments: {prod: {profile: prod, regions: {eu-west: {...}}}}"));
            } else {
                environments.entries().forEach((env, value) -> environment(env, (Sourced.Fields) value, cells));
            }
            unique(cells);
            cells.sort(Comparator.comparing(Cell::name));
            return new Fleet(name == null ? "" : name, text(root, "description").orElse(""), display, delivery,
                    dns == null ? Optional.empty() : text(dns, "host"), dns == null ? Optional.empty() : text(dns, "provider"),
                    cells);
        }

        private Delivery delivery() {
            Sourced.Fields delivery = fields(root, "delivery");
            if (delivery == null) {
                findings.add(Finding.error(root.where(), "delivery", "no delivery is declared",
                        "add delivery: {git: {repoURL: https://git.example.com/wwe-deploy.git}, chart: {repository:"
                                + " oci://registry.example.com/charts}}"));
                return null;
            }
            Sourced.Fields git = fields(delivery, "git");
            Sourced.Fields chart = fields(delivery, "chart");
            Sourced.Fields argo = fields(delivery, "argocd");
            Sourced.Fields flux = fields(delivery, "flux");
            String repo = git == null ? missing(delivery, "delivery.git.repoURL", "the git repository holding wwegen's output")
                    : required(git, "repoURL", "delivery.git.repoURL", "the git repository holding wwegen's output,"
                            + " e.g. https://git.example.com/platform/wwe-deploy.git");
            String registry = chart == null ? missing(delivery, "delivery.chart.repository", "the OCI repository of the chart")
                    : required(chart, "repository", "delivery.chart.repository", "the OCI repository wwegen package's"
                            + " chart is pushed to, e.g. oci://registry.example.com/charts");
            return new Delivery(repo, git == null ? "main" : text(git, "revision").orElse("main"),
                    git == null ? "output" : text(git, "path").orElse("output"), registry,
                    argo == null ? "argocd" : text(argo, "namespace").orElse("argocd"),
                    argo == null ? "wwe" : text(argo, "project").orElse("wwe"),
                    argo == null || bool(argo, "automated").orElse(true),
                    argo == null || bool(argo, "prune").orElse(true),
                    argo == null || bool(argo, "selfHeal").orElse(true),
                    flux == null ? "flux-system" : text(flux, "namespace").orElse("flux-system"),
                    flux == null ? "10m" : text(flux, "interval").orElse("10m"));
        }

        private void environment(String env, Sourced.Fields value, List<Cell> cells) {
            String path = "environments." + env;
            String profile = required(value, "profile", path + ".profile", "name the profile this environment extends,"
                    + " e.g. profile: prod");
            Sourced.Fields envOverrides = fields(value, "overrides");
            Sourced.Fields regions = fields(value, "regions");
            if (regions == null || regions.entries().isEmpty()) {
                findings.add(Finding.error(value.where(), path + ".regions", "environment " + env + " has no regions",
                        "add regions: {eu-west: {cluster: {name: prod-eu-west}, host: wwe.eu-west.example.com, ...}}"));
                return;
            }
            for (Map.Entry<String, Sourced> entry : regions.entries().entrySet()) {
                String region = entry.getKey();
                Sourced.Fields r = (Sourced.Fields) entry.getValue();
                String at = path + ".regions." + region;
                Cell.Cluster cluster = cluster(r, at);
                String host = required(r, "host", at + ".host", "the region's own WWE host, e.g. host:"
                        + " wwe." + region + ".example.com");
                Optional<Long> zones = integer(r, "zones");
                Optional<Long> capacity = integer(r, "capacity");
                if (capacity.isEmpty()) {
                    missing(r, at + ".capacity", "N, the pods that serve the region's agents (the cell runs N+1)");
                }
                if (zones.isEmpty()) {
                    missing(r, at + ".zones", "the availability zones of the region's cluster");
                }
                Optional<String> backup = text(r, "backup");
                Sourced backupValue = r.entries().get("backup");
                if (backup.isPresent()) {
                    if (backup.get().equals(region)) {
                        findings.add(Finding.error(backupValue.where(), at + ".backup", "region " + region
                                + " is its own backup", "name another region of environment " + env));
                    } else if (!regions.entries().containsKey(backup.get())) {
                        findings.add(Finding.error(backupValue.where(), at + ".backup", "environment " + env
                                + " has no region \"" + backup.get() + "\"", "use one of "
                                + String.join(", ", regions.entries().keySet())));
                    }
                } else if (regions.entries().size() > 1) {
                    findings.add(Finding.error(r.where(), at + ".backup", "region " + region + " has no backup region",
                            "Genesys HA/DR runs WWE active-spare: name the region it fails over to, one of "
                                    + String.join(", ", regions.entries().keySet().stream().filter(k -> !k.equals(region)).toList())));
                }
                List<Sourced.Fields> overlays = new ArrayList<>();
                if (envOverrides != null) {
                    overlays.add(envOverrides);
                }
                Sourced.Fields regionOverrides = fields(r, "overrides");
                if (regionOverrides != null) {
                    overlays.add(regionOverrides);
                }
                overlays.add(own(r));
                if (profile != null && cluster != null && host != null && capacity.isPresent() && zones.isPresent()) {
                    cells.add(new Cell(env, region, profile, cluster, Math.toIntExact(zones.get()),
                            Math.toIntExact(capacity.get()), host, backup, overlays, r.where(),
                            backupValue == null ? r.where() : backupValue.where()));
                }
            }
        }

        /** The region's host and back ends as profile values: {@code ingress.host} and {@code backends}. */
        private static Sourced.Fields own(Sourced.Fields region) {
            Map<String, Sourced> values = new LinkedHashMap<>();
            Sourced host = region.entries().get("host");
            if (host != null) {
                values.put("ingress", new Sourced.Fields(Map.of("host", host), host.where()));
            }
            Sourced backends = region.entries().get("backends");
            if (backends != null) {
                values.put("backends", backends);
            }
            return new Sourced.Fields(values, region.where());
        }

        private Cell.Cluster cluster(Sourced.Fields region, String at) {
            Sourced.Fields cluster = fields(region, "cluster");
            if (cluster == null) {
                missing(region, at + ".cluster", "where the cell runs: cluster: {name: prod-eu-west} (Argo CD's"
                        + " cluster name) or cluster: {server: https://api.prod-eu-west.example.com:6443}");
                return null;
            }
            Optional<String> name = text(cluster, "name");
            Optional<String> server = text(cluster, "server");
            if (name.isPresent() == server.isPresent()) {
                findings.add(Finding.error(cluster.where(), at + ".cluster", name.isPresent()
                                ? "both a cluster name and a server are set" : "neither a cluster name nor a server is set",
                        "set exactly one: name (as Argo CD knows the cluster) or server (its API server URL)"));
                return null;
            }
            return new Cell.Cluster(name, server);
        }

        /** Hosts are used by one cell each; so are (cluster, namespace) destinations (checked on the cells' profiles). */
        private void unique(List<Cell> cells) {
            Map<String, Cell> hosts = new HashMap<>();
            for (Cell cell : cells) {
                Cell other = hosts.putIfAbsent(cell.host(), cell);
                if (other != null) {
                    findings.add(Finding.error(cell.where(), "environments." + cell.environment() + ".regions."
                            + cell.region() + ".host", "host " + cell.host() + " is also the host of " + other.name(),
                            "give each region its own host; DNS or the global load balancer maps the shared name"
                                    + " (dns.host) to them"));
                }
            }
        }

        private String required(Sourced.Fields in, String key, String path, String hint) {
            Optional<String> value = text(in, key);
            if (value.isEmpty()) {
                findings.add(Finding.error(in.where(), path, "no " + key + " is set", hint));
                return null;
            }
            return value.get();
        }

        private String missing(Sourced.Fields in, String path, String what) {
            findings.add(Finding.error(in.where(), path, "no " + path.substring(path.lastIndexOf('.') + 1)
                    + " is set", "set " + path + ": " + what));
            return null;
        }

        private static Sourced.Fields fields(Sourced.Fields in, String key) {
            return in.entries().get(key) instanceof Sourced.Fields f ? f : null;
        }

        private static Optional<String> text(Sourced.Fields in, String key) {
            return in.entries().get(key) instanceof Sourced.Leaf leaf && leaf.value() instanceof String s
                    ? Optional.of(s) : Optional.empty();
        }

        private static Optional<Long> integer(Sourced.Fields in, String key) {
            return in.entries().get(key) instanceof Sourced.Leaf leaf && leaf.value() instanceof Long l
                    ? Optional.of(l) : Optional.empty();
        }

        private static Optional<Boolean> bool(Sourced.Fields in, String key) {
            return in.entries().get(key) instanceof Sourced.Leaf leaf && leaf.value() instanceof Boolean b
                    ? Optional.of(b) : Optional.empty();
        }
    }
}
