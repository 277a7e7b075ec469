/**
 * Which MLflow run to serve and how to load it: properties, the run locator, the MLmodel and scaler readers, and
 * the loaded TensorFlow model.
 */
package io.hvs.hazard.model;
