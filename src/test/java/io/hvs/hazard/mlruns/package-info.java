/**
 * Tests of the MLflow file-store format: plain JUnit on temporary folders, no Spring.
 */
package io.hvs.hazard.mlruns;
