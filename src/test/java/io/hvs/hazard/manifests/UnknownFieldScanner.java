package io.hvs.hazard.manifests;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds fields that the typed fabric8 models did not recognise. fabric8 does not fail on unknown fields: it
 * keeps them in each object's {@code additionalProperties}, so a misspelt {@code readinesProbe} would parse
 * silently. This walks the object tree and reports every such field with its path.
 */
final class UnknownFieldScanner {

    private UnknownFieldScanner() {
    }

    static List<String> unknownFields(Object root) {
        List<String> found = new ArrayList<>();
        visit(root, "", found);
        return found;
    }

    private static void visit(Object node, String path, List<String> found) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> collection) {
            int i = 0;
            for (Object item : collection) {
                visit(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> visit(value, path + "[" + key + "]", found));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (!isPropertyGetter(getter)) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra) {
                    extra.keySet().forEach((key) -> found.add(path + "." + key));
                }
            }
            else {
                visit(value, path + "." + propertyName(getter), found);
            }
        }
    }

    private static boolean isPropertyGetter(Method method) {
        return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && method.getName().startsWith("get") && !method.getName().equals("getClass")
                && method.getDeclaringClass().getName().startsWith("io.fabric8.");
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        }
        catch (IllegalAccessException | InvocationTargetException ex) {
            throw new IllegalStateException("Cannot read " + getter, ex);
        }
    }

}
