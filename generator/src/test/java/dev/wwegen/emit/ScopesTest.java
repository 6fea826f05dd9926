package dev.wwegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopesTest {

    @Test
    void aScopeCoversTheFilesBelowItAtAnyDepthAndNothingBesideIt() {
        Scopes scopes = Scopes.of(Set.of("manifests/dev/", "chart/wwe"));
        assertThat(scopes.covers("manifests/dev/01-serviceaccount-wwe.yaml")).isTrue();
        assertThat(scopes.covers("chart/wwe/templates/deployment.yaml")).isTrue();
        assertThat(scopes.covers("manifests/dev-2/01-serviceaccount-wwe.yaml")).isFalse();
        assertThat(scopes.covers("manifests/devx")).isFalse();
        assertThat(scopes.covers("manifests/x.yaml")).isFalse();
        assertThat(scopes.covers("values/dev.yaml")).isFalse();
        assertThat(scopes.covers("chart/wwe.yaml")).isFalse();
    }

    @Test
    void theEmptyScopeCoversTheWholeRoot() {
        Scopes scopes = Scopes.of(Set.of(""));
        assertThat(scopes.covers("a.yaml")).isTrue();
        assertThat(scopes.covers("a/b/c.yaml")).isTrue();
        assertThat(Scopes.of(Set.of()).covers("a.yaml")).isFalse();
    }
}
