/**
 * Chart: the Helm chart of the model ({@code chart/<name>/}) and one values file per profile
 * ({@code values/<profile>.yaml}). Templates are fixed resources; everything that varies reaches them
 * through values, which are written as YAML data, so no model or profile string becomes template code.
 * For every profile, {@code helm template} of the chart with its values file renders exactly the
 * objects of the plain manifests; the tests prove it with Helm 3 (helm-java) and Helm 4 (CLI).
 */
package dev.wwegen.chart;
