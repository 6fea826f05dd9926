package dev.wwegen.render;

import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The build-time converter ({@link TreeCode}) against Jackson: node for node, in the same key order, with the same
 * value classes, for what wwegen renders and for values it does not render today (nulls, empties, extra
 * properties, a subclass, custom serializers). Every test run also checks each tree rendered anywhere (an
 * assertion in {@link ObjectTrees#of}).
 */
class ObjectTreesTest {

    private static final Generator GENERATOR = new Generator(WweReference.architecture(),
            new ProfileLoader(ProfileSource.bundled()), false);

    @Test
    void theBuildMadeTheConverter() {
        assertThat(ObjectTrees.hasGeneratedConverter()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "staging-gateway", "prod", "openshift"})
    void everyObjectOfAShippedProfileIsConvertedAsCodeExactlyAsJacksonDoes(String profile) {
        List<RenderedObject> objects = GENERATOR.generate(profile).objects();
        assertThat(objects).isNotEmpty();
        for (RenderedObject object : objects) {
            Map<String, Object> generated = ObjectTrees.generated(object.object());
            assertThat(generated).as(object.fileName()).isNotNull();
            assertSame(generated, ObjectTrees.viaJackson(object.object()));
        }
    }

    @Test
    void everyKindWwegenRendersHasCode() throws ReflectiveOperationException {
        for (Class<?> kind : TreeCode.KINDS) {
            Object empty = kind.getDeclaredConstructor().newInstance();
            assertThat(ObjectTrees.generated(empty)).as(kind.getName()).isNotNull();
            assertSame(ObjectTrees.generated(empty), ObjectTrees.viaJackson((HasMetadata) empty));
        }
    }

    @Test
    void nullsEmptiesAndExtraScalarsComeOutAsJacksonWritesThem() {
        ConfigMap map = configMapWithExtra(7L);
        Map<String, Object> generated = ObjectTrees.generated(map);
        assertThat(generated).isNotNull();
        assertSame(generated, ObjectTrees.viaJackson(map));
    }

    @Test
    void anObjectWithValuesWhoseTreeDependsOnJacksonsContextIsLeftToJackson() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("n", null);
        nested.put("d", 1.5);
        nested.put("l", Arrays.asList(1, null, 2L, List.of()));
        ConfigMap map = configMapWithExtra(nested);
        // Jackson drops the null of a map nested in the extra properties, but keeps the label's
        assertThat(ObjectTrees.generated(map)).isNull();
        assertSame(ObjectTrees.of(map), ObjectTrees.viaJackson(map));
    }

    @Test
    void customSerializersAndUnknownClassesAreLeftToJackson() {
        ObjectMeta sub = new ObjectMeta() {
            @Override
            public String getName() {
                return "from-a-subclass";
            }
        };
        Deployment deployment = new DeploymentBuilder()
                .withNewSpec().withNewTemplate().withNewSpec()
                .addToContainers(new ContainerBuilder().withName("c")
                        .withNewResources().addToLimits("memory", new Quantity("512Mi")).endResources()
                        .withNewReadinessProbe().withNewHttpGet().withPort(new IntOrString(8080)).withPath("/")
                        .endHttpGet().endReadinessProbe()
                        .withArgs(new ArrayList<>(Arrays.asList("a", null)))
                        .build())
                .endSpec().endTemplate().endSpec()
                .build();
        deployment.setMetadata(sub); // a builder would copy it into an ObjectMeta
        assertThat(ObjectTrees.generated(deployment)).as("a subclass: Jackson converts the whole object").isNull();
        Map<String, Object> tree = ObjectTrees.of(deployment);
        assertSame(tree, ObjectTrees.viaJackson(deployment));
        assertThat(((Map<?, ?>) tree.get("metadata")).get("name")).isEqualTo("from-a-subclass");
        deployment.setMetadata(new ObjectMeta());
        assertThat(ObjectTrees.generated(deployment)).as("Quantity and IntOrString as Jackson writes them").isNotNull();
        assertSame(ObjectTrees.generated(deployment), ObjectTrees.viaJackson(deployment));
    }

    @Test
    void aNullKeyFailsAsInJackson() {
        Map<String, String> selector = new HashMap<>();
        selector.put(null, "x");
        var service = new ServiceBuilder().withNewSpec().withSelector(selector).endSpec().build();
        assertThat(ObjectTrees.generated(service)).isNull();
        assertThatThrownBy(() -> ObjectTrees.of(service)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void treesAreReadOnlyAllTheWayDown() {
        Map<String, Object> tree = ObjectTrees.generated(GENERATOR.generate("prod").objects().stream()
                .filter(o -> o.kind().equals("Deployment")).findFirst().orElseThrow().object());
        assertThatThrownBy(() -> tree.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) tree.get("spec");
        assertThatThrownBy(() -> spec.remove("selector")).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> containers = (List<Object>) ((Map<String, Object>) ((Map<String, Object>) spec.get("template"))
                .get("spec")).get("containers");
        assertThatThrownBy(() -> containers.add(1)).isInstanceOf(UnsupportedOperationException.class);
    }

    /**
     * A ConfigMap with a null label, empty annotations and namespace, a null and an empty data value, and extra
     * metadata properties: {@code extra}, one named like a property ({@code name}) and a null one.
     */
    private static ConfigMap configMapWithExtra(Object extra) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("b", null);
        labels.put("a", "x");
        return new ConfigMapBuilder()
                .withNewMetadata().withName("c").withLabels(labels).withAnnotations(Map.of()).withNamespace("")
                .addToAdditionalProperties("extra", extra)
                .addToAdditionalProperties("name", "replaced")
                .addToAdditionalProperties("gone", null)
                .endMetadata()
                .addToData("k", null)
                .addToData("j", "")
                .withImmutable(false)
                .build();
    }

    private static void assertSame(Map<String, Object> generated, Map<String, Object> jackson) {
        assertThat(generated).isEqualTo(jackson);
        assertThat(generated.toString()).isEqualTo(jackson.toString());
    }
}
