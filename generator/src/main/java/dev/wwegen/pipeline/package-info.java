/**
 * Pipeline: wires the stages (model check, profile, resolve, render, verify) for one profile and
 * hands the results to the CLI, which writes them through emit. Holds no logic of its own stages.
 */
package dev.wwegen.pipeline;
