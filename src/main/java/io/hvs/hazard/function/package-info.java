/**
 * The HTTP edge: the {@code predict} function, the transport-independent scoring service, request guards and
 * the single advice that turns every failure into an RFC 9457 problem.
 */
package io.hvs.hazard.function;
