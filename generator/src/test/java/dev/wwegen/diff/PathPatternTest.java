package dev.wwegen.diff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PathPatternTest {

    private static final FieldPath CHART_LABEL = FieldPath.ROOT.key("metadata").key("labels").key("helm.sh/chart");
    private static final FieldPath IMAGE = FieldPath.ROOT.key("spec").key("template").key("spec")
            .key("containers").item("name", "wwe").key("image");

    @Test
    void pathsPrintDottedWithKeyedItemsAndQuotedKeysThatHoldDots() {
        assertThat(IMAGE).hasToString("spec.template.spec.containers[name=wwe].image");
        assertThat(CHART_LABEL).hasToString("metadata.labels[\"helm.sh/chart\"]");
        assertThat(FieldPath.ROOT.key("spec").key("tls").index(0).key("hosts").index(1)).hasToString("spec.tls[0].hosts[1]");
    }

    @Test
    void aKeyWithDotsMatchesWrittenPlainOrQuoted() {
        assertThat(PathPattern.parse("metadata.labels.helm.sh/chart").covers(CHART_LABEL)).isTrue();
        assertThat(PathPattern.parse("metadata.labels[\"helm.sh/chart\"]").covers(CHART_LABEL)).isTrue();
        assertThat(PathPattern.parse("metadata.labels['helm.sh/chart']").covers(CHART_LABEL)).isTrue();
        assertThat(PathPattern.parse("metadata.labels.helm.sh").covers(CHART_LABEL)).isFalse();
        assertThat(PathPattern.parse("metadata.labels.helm").covers(CHART_LABEL)).isFalse();
    }

    @Test
    void aPatternCoversEverythingUnderIt() {
        assertThat(PathPattern.parse("metadata.labels").covers(CHART_LABEL)).isTrue();
        assertThat(PathPattern.parse("metadata.annotations").covers(CHART_LABEL)).isFalse();
        assertThat(PathPattern.parse("metadata.labels.helm.sh/chart.x").covers(CHART_LABEL)).isFalse();
    }

    @Test
    void itemsIndexesAndWildcardsMatchOneStep() {
        assertThat(PathPattern.parse("spec.template.spec.containers[name=wwe].image").covers(IMAGE)).isTrue();
        assertThat(PathPattern.parse("spec.template.spec.containers[name=proxy]").covers(IMAGE)).isFalse();
        assertThat(PathPattern.parse("spec.template.spec.containers[*].image").covers(IMAGE)).isTrue();
        assertThat(PathPattern.parse("spec.*.spec.containers").covers(IMAGE)).isTrue();
        assertThat(PathPattern.parse("spec.tls[0]").covers(FieldPath.ROOT.key("spec").key("tls").index(0).key("x")))
                .isTrue();
    }

    @Test
    void malformedPatternsSayWhatIsWrong() {
        assertThatIllegalArgumentException().isThrownBy(() -> PathPattern.parse("spec..replicas"))
                .withMessage("path 'spec..replicas' has an empty step at position 5");
        assertThatIllegalArgumentException().isThrownBy(() -> PathPattern.parse("spec.ports[name"))
                .withMessage("path 'spec.ports[name' has a [ without its ]");
        assertThatIllegalArgumentException().isThrownBy(() -> PathPattern.parse("spec.ports[x]"))
                .withMessage("path 'spec.ports[x]' has [x], which is none of [\"key\"], [field=value], [index] or [*]");
    }
}
