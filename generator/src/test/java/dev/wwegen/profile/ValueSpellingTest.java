package dev.wwegen.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** How YAML spellings and Kubernetes quantities are read. */
class ValueSpellingTest {

    @Test
    void plainScalarsAreReadTheWayYaml11And12ParsersReadThem() {
        assertThat(PlainScalar.misreading("on")).contains("a boolean by YAML 1.1");
        assertThat(PlainScalar.misreading("0755")).contains("a number by YAML 1.1 and 1.2");
        assertThat(PlainScalar.misreading("1e5")).contains("a number by YAML 1.1 and 1.2");
        assertThat(PlainScalar.misreading("1_000")).contains("a number by YAML 1.1");
        assertThat(PlainScalar.misreading("0o17")).contains("a number by YAML 1.2");
        assertThat(PlainScalar.misreading("~")).contains("null by YAML 1.1 and 1.2");
        assertThat(PlainScalar.misreading("100.0.001.0113")).isEmpty();
        assertThat(PlainScalar.misreading("wwe")).isEmpty();
    }

    @Test
    void quantitiesCompareByValueAcrossUnits() {
        assertThat(Quantity.parse("1Gi").orElseThrow()).isGreaterThan(Quantity.parse("1000Mi").orElseThrow());
        assertThat(Quantity.parse("500m").orElseThrow().amount()).isEqualByComparingTo("0.5");
        assertThat(Quantity.parse("2e3").orElseThrow().amount()).isEqualByComparingTo("2000");
        assertThat(Quantity.parse("128MB")).isEmpty();
        assertThat(Quantity.parse("-1")).isEmpty();
    }

    @Property
    void aBinaryUnitIs1024OfTheNextSmaller(@ForAll @IntRange(min = 0, max = 100_000) int n) {
        assertThat(Quantity.parse(n + "Mi").orElseThrow().amount())
                .isEqualByComparingTo(Quantity.parse(n * 1024L + "Ki").orElseThrow().amount());
    }

    @Property
    void everyPlainDecimalIsOnlyANumberAndTheSameNumberToBothYamlVersions(@ForAll int n) {
        String text = Integer.toString(n);
        assertThat(PlainScalar.yaml11(text)).isEqualTo(PlainScalar.Kind.NUMBER);
        assertThat(PlainScalar.yaml12(text)).isEqualTo(PlainScalar.Kind.NUMBER);
        assertThat(IntegerSpelling.valueOf(text)).contains(BigDecimal.valueOf(n));
    }
}
