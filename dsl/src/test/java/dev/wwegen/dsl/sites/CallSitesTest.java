package dev.wwegen.dsl.sites;

import dev.wwegen.dsl.internal.CallSite;
import dev.wwegen.dsl.internal.CallSites;
import dev.wwegen.dsl.model.Backend;
import dev.wwegen.dsl.model.Port;
import dev.wwegen.dsl.reference.WweReference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Call sites are recorded for the caller outside the DSL, and live beside the objects, not in them. */
class CallSitesTest {

    @Test
    void aDslObjectKnowsTheLineOfTheCallThatMadeIt() {
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        Port port = Port.http("http", 8080);
        assertThat(CallSites.of(port)).hasValueSatisfying(site -> {
            assertThat(site.className()).isEqualTo(CallSitesTest.class.getName());
            assertThat(site.fileName()).isEqualTo("CallSitesTest.java");
            assertThat(site.line()).isEqualTo(line);
        });
    }

    @Test
    void objectsMadeInsideTheDslAreAttributedToTheUsersCall() {
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        Backend backend = Backend.named("gws");
        assertThat(CallSites.of(backend.port())).map(CallSite::line).hasValue(line);
    }

    @Test
    void anIngressChainsDerivedHopsRecordNoSiteButTheChainDoes() {
        var chain = WweReference.architecture().gateway().orElseThrow();
        assertThat(CallSites.of(chain)).isPresent();
        assertThat(chain.hops()).hasSize(3).allSatisfy(hop -> assertThat(CallSites.of(hop)).isEmpty());
        // and recording is back on afterwards, on this thread
        assertThat(CallSites.of(Port.http("http", 8080))).isPresent();
    }

    @Test
    void sitesLeaveEqualityAlone() {
        Port a = Port.http("http", 8080);
        Port b = Port.http("http", 8080);
        assertThat(CallSites.of(a)).isNotEqualTo(CallSites.of(b));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(WweReference.architecture()).isEqualTo(WweReference.architecture());
        assertThat(a.toString()).doesNotContain("CallSitesTest");
    }
}
