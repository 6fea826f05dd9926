package dev.wwegen.fleet;

import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class FailoverTest {

    @Test
    void eachCellsBrowserConfigCarriesItsBackupRegionsAddresses() {
        Fleet fleet = FleetLoader.read(Path.of(System.getProperty("wwegen.root", ".."), "fleet.yaml")).fleet().orElseThrow();
        var generator = new Generator(WweReference.architecture(), new ProfileLoader(ProfileSource.bundled()));
        Map<String, Map<String, String>> config = new FleetGenerator(generator).generate(fleet).stream()
                .collect(Collectors.toMap(c -> c.cell().name(), c -> c.generation().release().orElseThrow().browserConfig()));
        // us-east fails over to eu-west; eu-west overrides nothing that matters here, so its own URLs are the ones
        assertThat(config.get("prod-us-east")).containsEntry("failoverWweUrl", "https://wwe.eu-west.example.com")
                .containsEntry("failoverGwsUrl", "https://gws.eu-west.example.com")
                .containsEntry("gwsUrl", "https://gws.us-east.example.com");
        assertThat(config.get("prod-eu-west")).containsEntry("failoverWweUrl", "https://wwe.us-east.example.com")
                .containsEntry("failoverGauthUrl", "https://gauth.us-east.example.com");
        assertThat(config.get("prod-ap-southeast")).containsEntry("failoverWweUrl", "https://wwe.eu-west.example.com");
        assertThat(config.get("staging-eu-west")).doesNotContainKey("failoverWweUrl");
    }
}
