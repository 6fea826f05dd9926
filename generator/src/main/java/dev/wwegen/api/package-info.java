/**
 * wwegen's public Java API: load a model ({@link dev.wwegen.api.ModelLoader}), check it with every finding
 * located in the model's source ({@link dev.wwegen.api.ModelFindings}), and generate chart, values,
 * manifests and docs into a folder ({@link dev.wwegen.api.Wwegen}). The DSL itself is
 * {@code dev.wwegen.dsl.model}; findings are {@code dev.wwegen.dsl.check.Finding}.
 *
 * <p>Every other package of the generator ({@code profile}, {@code resolve}, {@code render}, {@code chart},
 * {@code docs}, {@code verify}, {@code diff}, {@code emit}, {@code pipeline}, {@code cli}, ...) is internal:
 * public only because Java packages need it to talk to each other, and free to change in any release.
 */
package dev.wwegen.api;
