package dev.wwegen.fleet;

/**
 * How the fleet's output reaches the clusters.
 *
 * @param gitRepo        the git repository holding wwegen's output (values files), for Argo CD and Flux
 * @param gitRevision    its branch, tag or commit
 * @param gitPath        the folder of that repository that holds wwegen's output, e.g. {@code output}
 * @param chartRegistry  the OCI repository {@code wwegen package}'s chart is pushed to, e.g.
 *                       {@code oci://registry.example.com/charts}
 * @param argoNamespace  where Argo CD runs (its Applications, AppProject and ApplicationSet live there)
 * @param argoProject    the AppProject's name
 * @param automated      automated sync on (prune and selfHeal below) or manual sync
 * @param prune          automated sync deletes what left git
 * @param selfHeal       automated sync reverts drift
 * @param fluxNamespace  where Flux's objects live on each cluster
 * @param fluxInterval   how often Flux reconciles
 */
public record Delivery(String gitRepo, String gitRevision, String gitPath, String chartRegistry, String argoNamespace,
                       String argoProject, boolean automated, boolean prune, boolean selfHeal, String fluxNamespace,
                       String fluxInterval) {
}
