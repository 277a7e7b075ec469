/**
 * The MLflow 2.x file-store format ({@code mlruns/}): layout, run and registry reader and writer,
 * the MLmodel file and model URIs; pure Java (SnakeYAML, Jackson), no Spring, no TensorFlow.
 */
package io.hvs.hazard.mlruns;
