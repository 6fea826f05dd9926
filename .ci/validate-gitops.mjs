// Independent check of wwegen's GitOps output: validates each Argo CD and Flux object with the models of the npm
// packages @kubernetes-models/argo-cd and @kubernetes-models/flux-cd, generated from the upstream CRDs.
// Usage: node .ci/validate-gitops.mjs NODE_MODULES FILE...   (exit 1 when any object is invalid)
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";

const [modules, ...files] = process.argv.slice(2);
const load = async (name) => import(path.join(modules, name));
const yaml = (await load("js-yaml/index.js")).default;
const kinds = {
  "argoproj.io/v1alpha1/AppProject": ["@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject.js", "AppProject"],
  "argoproj.io/v1alpha1/ApplicationSet": ["@kubernetes-models/argo-cd/argoproj.io/v1alpha1/ApplicationSet.js", "ApplicationSet"],
  "argoproj.io/v1alpha1/Application": ["@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application.js", "Application"],
  "helm.toolkit.fluxcd.io/v2/HelmRelease": ["@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2/HelmRelease.js", "HelmRelease"],
  "source.toolkit.fluxcd.io/v1/OCIRepository": ["@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1/OCIRepository.js", "OCIRepository"],
  "source.toolkit.fluxcd.io/v1/HelmRepository": ["@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1/HelmRepository.js", "HelmRepository"],
};
let failed = 0;
let checked = 0;
for (const file of files) {
  for (const doc of yaml.loadAll(readFileSync(file, "utf8"))) {
    if (!doc) continue;
    const key = `${doc.apiVersion}/${doc.kind}`;
    const model = kinds[key];
    if (!model) { console.log(`${file}: ${key}: no model`); failed++; continue; }
    const Class = (await load(model[0]))[model[1]];
    try {
      new Class(doc).validate();
      checked++;
    } catch (e) {
      failed++;
      console.log(`${file}: ${key} ${doc.metadata?.name}: ${e.message}`);
    }
  }
}
console.log(`${checked} valid, ${failed} invalid`);
process.exit(failed ? 1 : 0);
