/**
 * Reading manifests, shared by {@code diff} and {@code verify}: which files a path names
 * ({@link dev.wwegen.manifest.InputFiles}), and how one file's text becomes documents
 * ({@link dev.wwegen.manifest.YamlDocuments}) that keep the line of every field
 * ({@link dev.wwegen.manifest.ParsedDocument#lineOf(String)}). Reads what it is given; writes nothing.
 */
package dev.wwegen.manifest;
