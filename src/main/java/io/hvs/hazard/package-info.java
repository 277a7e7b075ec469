/**
 * HVS hazard prediction function: thermal-runaway precursors of battery modules scored by
 * a TensorFlow model loaded from an MLflow {@code mlruns} folder.
 */
package io.hvs.hazard;
