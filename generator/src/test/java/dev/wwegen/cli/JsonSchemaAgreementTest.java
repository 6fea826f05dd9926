package dev.wwegen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.wwegen.fleet.FleetLoader;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed JSON Schemas of profile and fleet files are current, and a real JSON Schema validator
 * (networknt json-schema-validator, draft-07) agrees with wwegen's own checks: the shipped files pass both,
 * and each bad example fails both.
 */
class JsonSchemaAgreementTest {

    private static final Path ROOT = Path.of(System.getProperty("wwegen.root", ".."));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Schema schema(Path file) throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(JSON.readTree(file.toFile()));
    }

    private static JsonNode yaml(String text) {
        Object tree = new Yaml(new LoaderOptions()).load(text);
        return JSON.valueToTree(tree == null ? java.util.Map.of() : tree);
    }

    @Test
    void theCommittedSchemasAreCurrent() throws Exception {
        CliRun profile = CliRun.of("schema", "profile");
        assertThat(profile.out()).isEqualTo(Files.readString(ROOT.resolve("profiles/profile.schema.json")));
        CliRun fleet = CliRun.of("schema", "fleet");
        assertThat(fleet.out()).isEqualTo(Files.readString(ROOT.resolve("fleet.schema.json")));
    }

    @Test
    void shippedFilesPassBothAndCarryTheModeline() throws Exception {
        Schema profiles = schema(ROOT.resolve("profiles/profile.schema.json"));
        List<Path> files;
        try (Stream<Path> list = Files.list(ROOT.resolve("profiles"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        ProfileLoader loader = new ProfileLoader(ProfileSource.directory(ROOT.resolve("profiles")));
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(text).as(file.toString()).startsWith("# yaml-language-server: $schema=profile.schema.json\n");
            assertThat(profiles.validate(yaml(text))).as(file.toString()).isEmpty();
            assertThat(loader.load(file.getFileName().toString().replace(".yaml", "")).hasErrors()).isFalse();
        }
        String fleet = Files.readString(ROOT.resolve("fleet.yaml"));
        assertThat(fleet).startsWith("# yaml-language-server: $schema=fleet.schema.json\n");
        assertThat(schema(ROOT.resolve("fleet.schema.json")).validate(yaml(fleet))).isEmpty();
        assertThat(FleetLoader.parse(fleet, "fleet.yaml").hasErrors()).isFalse();
    }

    @Test
    void badProfilesFailBoth() throws Exception {
        Schema schema = schema(ROOT.resolve("profiles/profile.schema.json"));
        String base = Files.readString(ROOT.resolve("profiles/staging.yaml"));
        List<String> bad = List.of(
                base + "replica: 3\n",                                         // unknown key
                base.replace("replicas: 2", "replicas: two"),                  // wrong type
                base.replace("replicas: 2", "replicas: 0"),                    // out of range
                base.replace("pullPolicy: Always", "pullPolicy: Sometimes"),   // not in the word list
                base.replace("namespace: wwe", "namespace: WWE"),              // not a DNS label
                base.replace("host: wwe.staging.example.com", "host: \"*.example.com\""), // wildcard host
                base.replace("https://gws.staging.example.com", "http://gws.staging.example.com"), // not https
                base + "features: {1bad: true}\n",                             // bad feature name
                base + "image: {digest: sha256:abc}\n".replace("image:", "imagePullSecrets: [UPPER]\nimage2:"),
                base + "securityContext: {runAsUser: 0}\n",                   // root
                base + "route: {kind: gatewey}\n",                             // route keys came with routes
                base + "route: {gateway: {sectionName: HTTPS}}\n");
        for (int i = 0; i < bad.size(); i++) {
            Path profiles = Files.createDirectories(dir.resolve("p" + i));
            Files.writeString(profiles.resolve("bad.yaml"), bad.get(i));
            boolean wwegen = new ProfileLoader(ProfileSource.directory(profiles)).load("bad").hasErrors();
            boolean jsonSchema = !schema.validate(yaml(bad.get(i))).isEmpty();
            assertThat(wwegen).as("wwegen rejects example %d", i).isTrue();
            assertThat(jsonSchema).as("JSON Schema rejects example %d", i).isTrue();
        }
    }

    @Test
    void badFleetsFailBoth() throws Exception {
        Schema schema = schema(ROOT.resolve("fleet.schema.json"));
        String base = Files.readString(ROOT.resolve("fleet.yaml"));
        List<String> bad = List.of(
                base.replace("capacity: 2", "capacty: 2"),                             // unknown key
                base.replace("zones: 3", "zones: three"),                              // wrong type
                base.replace("zones: 3", "zones: 11"),                                 // out of range
                base.replace("oci://registry.example.com/charts", "https://registry.example.com/charts"),
                base.replace("interval: 10m", "interval: ten minutes"),
                base.replace("automated: true", "automated: \"true\""),
                base.replace("autoscaling: {minReplicas: 5, maxReplicas: 15}", "autoscaling: {minReplica: 5}"),
                base.replace("ingress: {tlsSecret: wwe-eu-west-tls}", "ingress: {tlsSecret: Bad_Secret}"),
                base.replace("host: wwe.us-east.example.com", "host: WWE.us-east.example.com"));
        for (int i = 0; i < bad.size(); i++) {
            assertThat(bad.get(i)).as("example %d changes the file", i).isNotEqualTo(base);
            boolean wwegen = FleetLoader.parse(bad.get(i), "fleet.yaml").hasErrors();
            boolean jsonSchema = !schema.validate(yaml(bad.get(i))).isEmpty();
            assertThat(wwegen).as("wwegen rejects example %d", i).isTrue();
            assertThat(jsonSchema).as("JSON Schema rejects example %d", i).isTrue();
        }
    }
}
