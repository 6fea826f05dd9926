package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Backend;
import dev.wwegen.dsl.reference.WweReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The bad names of policy-checks.md never reach an object name, a chart name or a path. */
class NameFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "WWE", "a..b", "a/b", "../x", ".", "-wwe", "wwe-", "wwe_1", "é",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void aBadNameIsAFindingNamingIt(String name) {
        assertThat(NameFormats.isDnsLabel(name)).isFalse();
        Architecture broken = WweReference.architecture().with(Backend.named(name));
        assertThat(new NamesAreDnsLabels().check(broken)).extracting(Finding::path)
                .contains("components[" + name + "].name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wwe", "w", "gws-eu-1", "0wwe"})
    void goodLabelsPass(String name) {
        assertThat(NameFormats.isDnsLabel(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https", "metrics-1"})
    void serviceNamesAcceptIanaNames(String name) {
        assertThat(NameFormats.isServiceName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8080", "http--alt", "a-very-long-portname", "HTTP", ""})
    void serviceNamesRejectTheRest(String name) {
        assertThat(NameFormats.isServiceName(name)).isFalse();
    }
}
