package io.hvs.hazard.api;

import java.net.URI;
import java.util.Locale;

/**
 * The {@code type} URIs of this service's problem answers ({@code urn:hvs:problem:<kind>}), so a client can switch
 * on the type instead of parsing the title. One naming rule for every layer: the plain API, CloudEvents, Spring
 * MVC's own errors and requests Tomcat refuses before Spring sees them.
 */
public final class ProblemTypes {

    static final String PREFIX = "urn:hvs:problem:";

    private ProblemTypes() {
    }

    /** The type of an error kind: {@code TOO_MANY_READINGS} gives {@code urn:hvs:problem:too-many-readings}. */
    public static URI of(String kind) {
        return URI.create(PREFIX + kind.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

}
