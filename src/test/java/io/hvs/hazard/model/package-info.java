/**
 * Tests of model selection and loading against real MLflow runs with a real SavedModel.
 */
package io.hvs.hazard.model;
