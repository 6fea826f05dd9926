package dev.wwegen.dsl.model;

/**
 * The entry point of a model of your own: a class implementing it (public, with a public no-argument
 * constructor) is what {@code wwegen generate --model PATH} and the {@code wwegen-maven-plugin} run.
 *
 * <pre>{@code
 * public final class MyEstate implements ArchitectureModel {
 *     public Architecture architecture() {
 *         var app = WebApp.named("desk").in(Namespace.owned("desk"))
 *                 .image(Image.of("acme/desk-nginx").tag("1.4.2")).serves(Port.http("http", 8080));
 *         return Architecture.named("desk").enteredThrough(IngressChain.from(Client.browser())
 *                 ...);
 *     }
 * }
 * }</pre>
 *
 * <p>A class with a {@code public static Architecture architecture()} method (as
 * {@link dev.wwegen.dsl.reference.WweReference} has) works too.
 */
@FunctionalInterface
public interface ArchitectureModel {

    /**
     * Builds the architecture. It is called once per run; building must not read files or the network.
     *
     * @return the whole architecture: components, gateway and numbered connections
     */
    Architecture architecture();
}
