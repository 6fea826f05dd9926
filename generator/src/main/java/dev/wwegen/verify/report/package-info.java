/**
 * Output formats of {@code wwegen validate}, one writer per format: text (grouped by file, optional
 * colour, summary line), JSON, JUnit XML (for CI test reports) and SARIF 2.1.0 (for code-scanning UIs).
 * Writers only format a {@link dev.wwegen.verify.report.ValidationReport}; they decide nothing.
 */
package dev.wwegen.verify.report;
