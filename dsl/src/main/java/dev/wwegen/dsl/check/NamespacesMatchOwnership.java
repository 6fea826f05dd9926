package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Component;
import dev.wwegen.dsl.model.WebApp;

import java.util.ArrayList;
import java.util.List;

/**
 * wwegen writes objects only into namespaces the release owns: the web app's namespace is owned, and
 * the ingress controller and back ends live in external namespaces other than the web app's.
 */
public final class NamespacesMatchOwnership implements Rule {

    @Override
    public String id() {
        return "namespaces-match-ownership";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        String where = Rule.where(architecture);
        for (Component component : architecture.components()) {
            String path = "components[" + component.name() + "].namespace";
            component.home().ifPresent(ns -> {
                if (component instanceof WebApp && !ns.owned()) {
                    findings.add(Finding.error(where, path, "web app " + component.name() + " is in external namespace "
                            + ns.name(), "use Namespace.owned(\"" + ns.name() + "\")"));
                }
                if (!(component instanceof WebApp) && ns.owned()) {
                    findings.add(Finding.error(where, path, component.name() + " is in owned namespace " + ns.name()
                                    + ", but this release does not deploy it",
                            "use Namespace.external(\"" + ns.name() + "\")"));
                }
                boolean sharesAppNamespace = !(component instanceof WebApp) && architecture.webApp()
                        .map(app -> app.namespace().name().equals(ns.name())).orElse(false);
                if (sharesAppNamespace) {
                    findings.add(Finding.error(where, path, component.name() + " shares namespace " + ns.name()
                                    + " with the web app",
                            "the page puts back ends and the ingress controller in their own namespaces"));
                }
            });
        }
        return findings;
    }
}
