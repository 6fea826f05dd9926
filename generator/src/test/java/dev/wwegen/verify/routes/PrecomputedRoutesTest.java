package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.verify.GroupVersionKind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The route kinds the build made ({@code wwegen/routes/precomputed.bin}) are those {@code constraints.yaml}
 * makes now, field for field and rule for rule, so a stale file cannot slip through; and kinds are made
 * on first use only.
 */
class PrecomputedRoutesTest {

    private static final byte[] CONSTRAINTS = RouteSchemas.constraintsFile();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final GroupVersionKind GATEWAY = GroupVersionKind.of("gateway.networking.k8s.io/v1", "Gateway");

    private static RouteSchemas precomputed() {
        return new RouteSchemas(PrecomputedRoutes.read(CONSTRAINTS).orElseThrow(() -> new AssertionError(
                PrecomputedRoutes.RESOURCE + " is missing or stale: the build's process-classes step")));
    }

    @Test
    void theBuildMadeTheKindsThatConstraintsYamlMakes() {
        List<RouteKindSchema> built = new RouteSchemas(ConstraintData.parse(CONSTRAINTS)).kinds();
        List<RouteKindSchema> read = precomputed().kinds();
        assertThat(read).hasSameSizeAs(built).hasSize(6);
        for (int i = 0; i < built.size(); i++) {
            RouteKindSchema expected = built.get(i);
            RouteKindSchema actual = read.get(i);
            assertThat(actual.gvk()).isEqualTo(expected.gvk());
            assertThat(actual.source()).isEqualTo(expected.source());
            assertThat(actual.schema()).isEqualTo(expected.schema());
            assertThat(actual.fields()).extracting(FieldConstraint::path, FieldConstraint::constraint)
                    .isEqualTo(expected.fields().stream().map(f -> tuple(f.path(), f.constraint())).toList());
            assertThat(actual.rules()).extracting(CelRule::path, CelRule::expression, CelRule::message,
                    CelRule::checked).isEqualTo(expected.rules().stream().map(r -> tuple(r.path(), r.expression(),
                    r.message(), r.checked())).toList());
        }
        assertThat(read.stream().mapToInt(RouteKindSchema::ruleCount).sum()).isGreaterThan(100);
    }

    @Test
    void bothFormsJudgeObjectsAlikeAndARuleThatFailsRejects() throws IOException {
        JsonNode gateway = YAML.readTree("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata: {name: gw, namespace: wwe}
                spec:
                  gatewayClassName: eg
                  listeners:
                  - {name: https, protocol: HTTPS, port: 443, tls: {mode: Passthrough, certificateRefs: []}}
                  - {name: https, protocol: HTTP, port: 80, allowedRoutes: {namespaces: {from: Same}}}
                """);
        List<Finding> fromData = new RouteSchemas(ConstraintData.parse(CONSTRAINTS)).lookup(GATEWAY).orElseThrow()
                .check(gateway, "in.yaml");
        List<Finding> fromBuild = precomputed().lookup(GATEWAY).orElseThrow().check(gateway, "in.yaml");
        assertThat(fromBuild).isEqualTo(fromData).extracting(Finding::reason).contains(
                "Listener name must be unique within the Gateway", "tls mode must be Terminate for protocol HTTPS");
        JsonNode noOptions = YAML.readTree(gateway.toString().replace("Passthrough", "Terminate"));
        assertThat(precomputed().lookup(GATEWAY).orElseThrow().check(noOptions, "in.yaml")).extracting(Finding::reason)
                .contains("certificateRefs or options must be specified when mode is Terminate (the rule failed: key"
                        + " 'options' is not present in map)");
    }

    @Test
    void aStoredRuleIsPlannedWhenANodeFirstMeetsIt() throws IOException {
        RouteKindSchema gateway = precomputed().lookup(GATEWAY).orElseThrow();
        assertThat(gateway.rules()).noneMatch(CelRule::planned);
        gateway.check(YAML.readTree("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata: {name: gw, namespace: wwe}
                spec:
                  gatewayClassName: eg
                  listeners: [{name: http, protocol: HTTP, port: 80}]
                """), "in.yaml");
        // The listener rules met a node; the TLS ones found no tls to judge, and were not planned.
        assertThat(gateway.rules()).filteredOn(CelRule::planned).isNotEmpty()
                .allMatch(rule -> !rule.path().contains("tls"));
        assertThat(gateway.rules()).filteredOn(rule -> rule.path().contains("tls")).isNotEmpty()
                .noneMatch(CelRule::planned);
    }

    @Test
    void aFileMadeFromOtherConstraintsOrDamagedIsNotUsed() throws IOException {
        var file = new ByteArrayOutputStream();
        PrecomputedRoutes.write(CONSTRAINTS, precomputed().kinds(), file);
        byte[] bytes = file.toByteArray();
        byte[] edited = Arrays.copyOf(CONSTRAINTS, CONSTRAINTS.length);
        edited[edited.length / 2] ^= 1;
        byte[] damaged = Arrays.copyOf(bytes, bytes.length);
        damaged[damaged.length / 2] ^= 1;
        assertThat(PrecomputedRoutes.read(CONSTRAINTS, bytes)).isPresent();
        assertThat(PrecomputedRoutes.read(edited, bytes)).isEmpty();
        assertThat(PrecomputedRoutes.read(CONSTRAINTS, damaged)).isEmpty();
        assertThat(PrecomputedRoutes.read(CONSTRAINTS, Arrays.copyOf(bytes, bytes.length - 1))).isEmpty();
        assertThat(PrecomputedRoutes.read(CONSTRAINTS, new byte[] {1, 2, 3})).isEmpty();
    }

    @Test
    void aKindIsMadeOnItsFirstLookupOnceAndOnlyThen() throws Exception {
        Map<GroupVersionKind, Supplier<RouteKindSchema>> data = ConstraintData.parse(CONSTRAINTS);
        Map<GroupVersionKind, AtomicInteger> made = new LinkedHashMap<>();
        Map<GroupVersionKind, Supplier<RouteKindSchema>> counted = new LinkedHashMap<>();
        data.forEach((gvk, source) -> {
            AtomicInteger count = new AtomicInteger();
            made.put(gvk, count);
            counted.put(gvk, () -> {
                count.incrementAndGet();
                return source.get();
            });
        });
        RouteSchemas schemas = new RouteSchemas(counted);
        assertThat(schemas.lookup(GroupVersionKind.of("networking.k8s.io/v1", "Ingress"))).isEmpty();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<RouteKindSchema>> lookups = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                lookups.add(threads.submit(() -> schemas.lookup(GATEWAY).orElseThrow()));
            }
            for (Future<RouteKindSchema> lookup : lookups) {
                assertThat(lookup.get()).isSameAs(lookups.get(0).get());
            }
        } finally {
            threads.shutdown();
        }
        made.forEach((gvk, count) -> assertThat(count).as(gvk.toString()).hasValue(gvk.equals(GATEWAY) ? 1 : 0));
        assertThat(schemas.kinds()).extracting(k -> k.gvk().kind()).containsExactly("GatewayClass", "Gateway",
                "HTTPRoute", "GRPCRoute", "ReferenceGrant", "Route");
        made.forEach((gvk, count) -> assertThat(count).as(gvk.toString()).hasValue(1));
    }
}
