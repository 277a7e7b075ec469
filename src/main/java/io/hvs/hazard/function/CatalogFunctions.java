package io.hvs.hazard.function;

import java.util.function.Function;

import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;

/**
 * Finds a {@code Message<byte[]>} function in Spring Cloud Function's catalog for a {@link FunctionRoute}: SCF stays
 * the registry (bean discovery, names, definitions), the route only skips SCF's per-call conversions.
 * <p>
 * Measured with JFR under wrk (issue 7, single-reading /predict, 16 connections): invoking the catalog's
 * {@link FunctionInvocationWrapper} with a {@code Message<byte[]>} for a function of exactly that type still decodes
 * the payload to a String and parses it into a Jackson tree (to ask whether it is a JSON array), runs the message
 * converters on the way in and out, and wraps the call in an observation: 35% of the server's CPU samples against
 * 19% for the whole {@code predict} function (decoding, inference, writing). For a single function whose input and
 * output already are {@code Message<byte[]>} there is nothing to convert, so the route calls the wrapper's target;
 * anything else (a composition, other types) goes through the wrapper, correct if slower.
 */
final class CatalogFunctions {

    private static final ResolvableType BYTES_MESSAGE = ResolvableType.forClassWithGenerics(Message.class,
            byte[].class);

    private CatalogFunctions() {
    }

    /**
     * @param catalog the function catalog
     * @param definition a function name or definition
     * @return the function to call with a {@code Message<byte[]>}
     * @throws IllegalStateException when the catalog has no such function
     */
    static Function<? super Message<byte[]>, ?> lookup(FunctionCatalog catalog, String definition) {
        Object found = catalog.lookup(Function.class, definition);
        // For a name it does not know the catalog may still answer another function (e.g. the only one): not here.
        if (!(found instanceof Function<?, ?>) || (found instanceof FunctionInvocationWrapper wrapped
                && !definition.equals(wrapped.getFunctionDefinition()))) {
            throw new IllegalStateException("no function '" + definition + "' in the function catalog");
        }
        if (found instanceof FunctionInvocationWrapper wrapper && isPlainBytesFunction(wrapper)) {
            @SuppressWarnings("unchecked")
            Function<Message<byte[]>, ?> target = (Function<Message<byte[]>, ?>) wrapper.getTarget();
            return target;
        }
        @SuppressWarnings("unchecked")
        Function<Object, Object> function = (Function<Object, Object>) found;
        return function;
    }

    private static boolean isPlainBytesFunction(FunctionInvocationWrapper wrapper) {
        String definition = wrapper.getFunctionDefinition();
        return definition != null && !definition.contains("|") && !definition.contains(",")
                && wrapper.getTarget() instanceof Function<?, ?>
                && BYTES_MESSAGE.isAssignableFrom(ResolvableType.forType(wrapper.getInputType()))
                && BYTES_MESSAGE.isAssignableFrom(ResolvableType.forType(wrapper.getOutputType()));
    }

}
