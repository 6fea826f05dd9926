/**
 * Reading manifests, shared by {@code diff} and {@code verify}: which files a path names
 * ({@link dev.wwegen.manifest.InputFiles}), how one file's text becomes documents
 * ({@link dev.wwegen.manifest.YamlDocuments}) that keep the line of every field
 * ({@link dev.wwegen.manifest.ParsedDocument#lineOf(String)}), and how a Helm chart becomes the text of its
 * rendered templates ({@link dev.wwegen.manifest.ChartRenderer}, helm-java in process). Reads what it is
 * given; writes nothing.
 */
package dev.wwegen.manifest;
