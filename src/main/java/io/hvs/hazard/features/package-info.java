/**
 * The one feature pipeline shared by training and serving: pure Java, no Spring, no TensorFlow.
 */
package io.hvs.hazard.features;
