/** The reference architecture from Genesys's WWE private edition architecture page (connections 1–9). */
package dev.wwegen.dsl.reference;
